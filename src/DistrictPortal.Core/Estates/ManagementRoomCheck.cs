namespace DistrictPortal.Core.Estates;

public enum ManagementRoomOutcome
{
    /// <summary>The room is at least 5‰ of the floor area.</summary>
    Met = 1,
    /// <summary>Smaller than 5‰ (or none), by <see cref="ManagementRoomResult.Shortfall"/> m².</summary>
    Short = 2,
    /// <summary>5‰ cannot be provided and an interim room is rented or borrowed (P8).</summary>
    Interim = 3,
}

public sealed record ManagementRoomResult(ManagementRoomOutcome Outcome, decimal Required, decimal Shortfall);

/// <summary>
/// P8: the management room must be at least 5‰ (0.5%) of the estate's total floor area; where it cannot be
/// provided an interim room is rented or borrowed and flagged. Required area is rounded up to the next 0.01 m²
/// so that "met" never rests on a rounding in the estate's favour.
/// </summary>
public static class ManagementRoomCheck
{
    public const decimal Ratio = 0.005m;

    public static decimal RequiredArea(decimal floorArea) =>
        floorArea <= 0 ? 0m : Math.Ceiling(floorArea * Ratio * 100m) / 100m;

    public static ManagementRoomResult Evaluate(decimal floorArea, decimal? roomArea, bool isInterim)
    {
        var required = RequiredArea(floorArea);
        var actual = roomArea ?? 0m;
        if (actual >= required)
        {
            return new(ManagementRoomOutcome.Met, required, 0m);
        }
        var shortfall = required - actual;
        return new(isInterim ? ManagementRoomOutcome.Interim : ManagementRoomOutcome.Short, required, shortfall);
    }

    public static ManagementRoomResult Evaluate(Estate estate) =>
        Evaluate(estate.FloorArea, estate.ManagementRoomArea, estate.IsManagementRoomInterim);

    /// <summary>
    /// Whether the estate has its management room (八个有's 有物管用房): this check decides it, so the eight haves and the 5‰
    /// line of a page can never disagree (issue 13). Met or an interim room (P8's fallback) is a room; short is none.
    /// </summary>
    public static bool HasRoom(ManagementRoomResult result) => result.Outcome != ManagementRoomOutcome.Short;

    /// <summary>The estate's eight haves with 有物管用房 as the 5‰ check says; every page, export and save reads them so.</summary>
    public static EightHaves EightHavesOf(Estate estate) => WithRoom(estate.EightHaves, HasRoom(Evaluate(estate)));

    public static EightHaves WithRoom(EightHaves haves, bool hasRoom) =>
        hasRoom ? haves | EightHaves.ManagementRoom : haves & ~EightHaves.ManagementRoom;
}
