using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Returns;

/// <summary>Stable codes of <see cref="ReturnValidator"/>; the web layer localises them. Args[0] is always the estate name.</summary>
public static class ReturnErrors
{
    public const string NotNegative = "NotNegative";
    public const string DuplicateEstate = "DuplicateEstate";
    public const string StruckOffNeedsMode = "StruckOffNeedsMode";
    public const string StruckOffNeedsSixHaves = "StruckOffNeedsSixHaves";
    public const string StruckOffNeedsDate = "StruckOffNeedsDate";
    public const string DateWithoutStrikeOff = "DateWithoutStrikeOff";
    public const string StruckOffAfterWeek = "StruckOffAfterWeek";
    public const string DateInFuture = "DateInFuture";
    public const string MilestoneOutOfOrder = "MilestoneOutOfOrder";
    public const string AlreadyStruckOff = "AlreadyStruckOff";
    public const string StruckOffWithdrawn = "StruckOffWithdrawn";
    public const string TooLarge = Common.FieldLimits.TooLarge;
}

/// <summary>
/// Rules a return must pass before it is submitted. Each error names its row and field as "Rows[estateId].Field"
/// so the form marks the right cell, and carries the estate's name so a summary reads on its own.
/// </summary>
public static class ReturnValidator
{
    public static string FieldOf(long estateId, string property) => $"Rows[{estateId}].{property}";

    /// <param name="previousAccepted">Rows of the sub-district's last accepted return (any earlier week), by estate id.</param>
    /// <param name="today">Today in Asia/Shanghai.</param>
    public static IReadOnlyList<ValidationError> Validate(
        WeeklyReturn weeklyReturn, IReadOnlyDictionary<long, ReturnRow> previousAccepted, DateOnly today)
    {
        var errors = new List<ValidationError>();
        var seen = new HashSet<long>();
        foreach (var row in weeklyReturn.Rows)
        {
            if (!seen.Add(row.EstateId))
                errors.Add(Error(row, nameof(ReturnRow.EstateId), ReturnErrors.DuplicateEstate));
            if (row.Households < 0)
                errors.Add(Error(row, nameof(ReturnRow.Households), ReturnErrors.NotNegative));
            else if (row.Households > FieldLimits.Households.Max)
                errors.Add(Error(row, nameof(ReturnRow.Households), ReturnErrors.TooLarge, FieldLimits.Households.Max));
            StrikeOff(row, weeklyReturn.WeekEnding, today, errors);
            Milestones(row, today, errors);
            if (previousAccepted.TryGetValue(row.EstateId, out var previous))
                StruckOffOnce(row, previous, errors);
        }
        return errors;
    }

    // P11 销号: an estate leaves the list only when it has a way of being managed and meets all six haves.
    private static void StrikeOff(ReturnRow row, DateOnly weekEnding, DateOnly today, List<ValidationError> errors)
    {
        if (!row.IsStruckOff)
        {
            if (row.StruckOffDate is not null)
                errors.Add(Error(row, nameof(ReturnRow.StruckOffDate), ReturnErrors.DateWithoutStrikeOff));
            return;
        }
        if (row.Mode == ManagementMode.None)
            errors.Add(Error(row, nameof(ReturnRow.Mode), ReturnErrors.StruckOffNeedsMode));
        if (!Haves.IsComplete(row.SixHaves))
            errors.Add(Error(row, nameof(ReturnRow.SixHaves), ReturnErrors.StruckOffNeedsSixHaves, Haves.Count(row.SixHaves)));
        if (row.StruckOffDate is not { } date)
            errors.Add(Error(row, nameof(ReturnRow.StruckOffDate), ReturnErrors.StruckOffNeedsDate));
        else if (date > today)
            errors.Add(Error(row, nameof(ReturnRow.StruckOffDate), ReturnErrors.DateInFuture, date));
        else if (date > weekEnding)
            errors.Add(Error(row, nameof(ReturnRow.StruckOffDate), ReturnErrors.StruckOffAfterWeek, date, weekEnding));
    }

    // P8's order: consultation ≤ owners' meeting ≤ committee elected ≤ contract signed; missing ones are skipped.
    private static void Milestones(ReturnRow row, DateOnly today, List<ValidationError> errors)
    {
        (string Field, DateOnly Date)? latest = null;
        foreach (var (field, value) in row.Milestones())
        {
            if (value is not { } date)
                continue;
            if (date > today)
                errors.Add(Error(row, field, ReturnErrors.DateInFuture, date));
            if (latest is { } before && date < before.Date)
                errors.Add(Error(row, field, ReturnErrors.MilestoneOutOfOrder, date, before.Field, before.Date));
            if (latest is null || date > latest.Value.Date)
                latest = (field, date);
        }
    }

    // Struck off once: the date of an accepted strike-off stands; correcting it means reopening that return.
    private static void StruckOffOnce(ReturnRow row, ReturnRow previous, List<ValidationError> errors)
    {
        if (!previous.IsStruckOff)
            return;
        if (!row.IsStruckOff)
            errors.Add(Error(row, nameof(ReturnRow.IsStruckOff), ReturnErrors.StruckOffWithdrawn, (object?)previous.StruckOffDate ?? "—"));
        else if (row.StruckOffDate != previous.StruckOffDate)
            errors.Add(Error(row, nameof(ReturnRow.StruckOffDate), ReturnErrors.AlreadyStruckOff, (object?)previous.StruckOffDate ?? "—"));
    }

    private static ValidationError Error(ReturnRow row, string property, string code, params object[] more) =>
        new(FieldOf(row.EstateId, property), code, [row.EstateName, .. more]);
}
