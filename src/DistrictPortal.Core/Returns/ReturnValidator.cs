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
    /// <summary>A strike-off in a mode whose evidence rule asks for a file (args: estate, document, mode; <see cref="LookBacks.StrikeOffEvidence"/>).</summary>
    public const string StrikeOffNeedsEvidence = "StrikeOffNeedsEvidence";
    public const string TooLarge = Common.FieldLimits.TooLarge;
    // What an edit itself can break before the return's rules (<see cref="ReturnEdit.Errors"/>).
    public const string Required = ValidationCodes.Required;
    public const string Invalid = ValidationCodes.Invalid;
    public const string TooLong = ValidationCodes.TooLong;
    /// <summary>A reviewer's reason past <see cref="ReturnReview.MaxReasonLength"/> (args: "", the maximum).</summary>
    public const string NarrativeTooLong = "NarrativeTooLong";
}

/// <summary>
/// Rules a return must pass before it is submitted. Each error names its row and field as "Rows[estateId].Field"
/// so the form marks the right cell, and carries the estate's name so a summary reads on its own.
/// </summary>
public static class ReturnValidator
{
    public static string FieldOf(long estateId, string property) => $"Rows[{estateId}].{property}";

    /// <param name="previousAccepted">
    /// The strike-offs that bind this week, by estate id: those the registry holds dated before the week began
    /// (<see cref="ReturnPrefill.StandingStrikeOffs"/>), so a restatement of an older week already binds the next one.
    /// </param>
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

    // The consultation, owners' meeting and committee dates are the committee track's, shown on the row and checked
    // where they are typed (/committees, CommitteeValidator); the contract date is the return's own.
    private static void Milestones(ReturnRow row, DateOnly today, List<ValidationError> errors)
    {
        if (row.ContractSignedDate is { } date && date > today)
            errors.Add(Error(row, nameof(ReturnRow.ContractSignedDate), ReturnErrors.DateInFuture, date));
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
