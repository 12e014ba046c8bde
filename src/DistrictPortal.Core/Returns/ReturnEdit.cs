using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Returns;

/// <summary>
/// What an officer changes in a return: the narratives and, per estate id, the row's cells. The web form binds to it
/// ("Rows[123].Mode", the names <see cref="ReturnValidator"/> gives its errors, so each message lands beside its cell).
/// Which estates the return has is never taken from an edit: rows for estates not on the return are ignored.
/// </summary>
public class ReturnEdit
{
    public const int MaxNarrativeLength = 4000;
    public const int MaxRowTextLength = 1000;

    /// <summary>The version the page was read at; 0 when no return had been saved yet.</summary>
    public long Version { get; set; }

    public string? ProgressNarrative { get; set; }
    public string? ProblemsNarrative { get; set; }
    public string? NextWeekPlan { get; set; }
    public Dictionary<long, ReturnRowEdit> Rows { get; set; } = [];

    /// <summary>Copies the edited values onto <paramref name="weeklyReturn"/>'s rows and narratives.</summary>
    public void ApplyTo(WeeklyReturn weeklyReturn)
    {
        ArgumentNullException.ThrowIfNull(weeklyReturn);
        weeklyReturn.ProgressNarrative = Clean(ProgressNarrative);
        weeklyReturn.ProblemsNarrative = Clean(ProblemsNarrative);
        weeklyReturn.NextWeekPlan = Clean(NextWeekPlan);
        foreach (var row in weeklyReturn.Rows)
        {
            if (Rows.TryGetValue(row.EstateId, out var edited))
                edited.ApplyTo(row);
        }
    }

    /// <summary>What the edit itself breaks before the return's rules: emptied or unknown values, over-long text.</summary>
    public IEnumerable<ValidationError> Errors(WeeklyReturn weeklyReturn)
    {
        ArgumentNullException.ThrowIfNull(weeklyReturn);
        foreach (var (field, text) in new[]
                 {
                     (nameof(ProgressNarrative), ProgressNarrative), (nameof(ProblemsNarrative), ProblemsNarrative),
                     (nameof(NextWeekPlan), NextWeekPlan),
                 })
        {
            if (text?.Trim().Length > MaxNarrativeLength)
                yield return new ValidationError(field, ReturnErrors.TooLong, "", MaxNarrativeLength);
        }
        foreach (var row in weeklyReturn.Rows)
        {
            if (!Rows.TryGetValue(row.EstateId, out var edited))
                continue;
            string Field(string property) => ReturnValidator.FieldOf(row.EstateId, property);
            if (edited.Households is null)
                yield return new ValidationError(Field(nameof(ReturnRow.Households)), ReturnErrors.Required, row.EstateName);
            if (!Enum.IsDefined(edited.Mode))
                yield return new ValidationError(Field(nameof(ReturnRow.Mode)), ReturnErrors.Invalid, row.EstateName);
            if (edited.Blockers?.Trim().Length > MaxRowTextLength)
                yield return new ValidationError(Field(nameof(ReturnRow.Blockers)), ReturnErrors.TooLong, row.EstateName, MaxRowTextLength);
            if (edited.HelpAsked?.Trim().Length > MaxRowTextLength)
                yield return new ValidationError(Field(nameof(ReturnRow.HelpAsked)), ReturnErrors.TooLong, row.EstateName, MaxRowTextLength);
        }
    }

    /// <summary>Narratives keep their line breaks and lose other control and text-direction characters (<see cref="TextRule"/>).</summary>
    public static string? Clean(string? text) =>
        TextRule.CleanNarrative(text) is { } clean && !string.IsNullOrWhiteSpace(clean) ? clean.Trim() : null;
}

/// <summary>One estate's cells. Households is nullable so an emptied box is reported, not read as 0.</summary>
public sealed class ReturnRowEdit
{
    public int? Households { get; set; }
    public ManagementMode Mode { get; set; }
    public SixHaves[] SixHaves { get; set; } = [];
    public DateOnly? ConsultationDate { get; set; }
    public DateOnly? OwnersMeetingDate { get; set; }
    public DateOnly? CommitteeElectedDate { get; set; }
    public DateOnly? ContractSignedDate { get; set; }
    public bool IsStruckOff { get; set; }
    public DateOnly? StruckOffDate { get; set; }
    public string? Blockers { get; set; }
    public string? HelpAsked { get; set; }

    public void ApplyTo(ReturnRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        row.Households = Households ?? row.Households;
        row.Mode = Enum.IsDefined(Mode) ? Mode : row.Mode;
        row.SixHaves = SixHaves.Aggregate(Estates.SixHaves.None, (all, have) => all | have) & Estates.SixHaves.All;
        // The consultation, owners' meeting and committee dates are the committee track's (/committees/{estateId}):
        // the return shows them and never takes them from an edit.
        row.ContractSignedDate = ContractSignedDate;
        row.IsStruckOff = IsStruckOff;
        row.StruckOffDate = StruckOffDate;
        row.Blockers = ReturnEdit.Clean(Blockers);
        row.HelpAsked = ReturnEdit.Clean(HelpAsked);
    }
}

/// <summary>A reviewer's step (accept, send back, reopen): a reason on the return and, sending back, reasons on rows.</summary>
public class ReturnReview
{
    public const int MaxReasonLength = 2000;

    public long Version { get; set; }
    public string? Reason { get; set; }
    /// <summary>Send back only: a reason per estate id, shown to the officer beside that row.</summary>
    public Dictionary<long, string?> RowReasons { get; set; } = [];
}
