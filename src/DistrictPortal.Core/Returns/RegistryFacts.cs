using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Returns;

/// <summary>
/// What the registry — the home of an estate's status, management mode, six haves and strike-off (README, "Where each
/// fact lives") — says of one estate now. The Friday return shows these pre-filled and its acceptance writes them back
/// (<see cref="ReturnAcceptance"/>), so the registry already holds every accepted restatement.
/// </summary>
public sealed class RegistryFacts
{
    public long EstateId { get; set; }
    public ManagementStatus Status { get; set; }
    public ManagementMode Mode { get; set; }
    public SixHaves SixHaves { get; set; }
    /// <summary>销号 date an accepted return struck the estate off on; null while it is on the list.</summary>
    public DateOnly? StruckOffDate { get; set; }

    public bool IsStruckOff => StruckOffDate is not null;
}

/// <summary>One estate's registry write made by an accepted return: the values after, its audit built by Core beside it.</summary>
public sealed record RegistryUpdate(long EstateId, ManagementStatus Status, ManagementMode Mode, SixHaves SixHaves, DateOnly? StruckOffDate);
