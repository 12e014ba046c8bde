using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Web.Features.Returns;

/// <summary>
/// The return as posted by the officer. Rows are keyed by estate id ("Rows[123].Mode"), the same names Core's
/// <see cref="ReturnValidator"/> gives its errors, so each message lands beside its cell. Which estates the return
/// has is never taken from the form: rows for estates not on the return are ignored.
/// </summary>
public sealed class ReturnForm
{
    public const int MaxNarrativeLength = 4000;
    public const int MaxRowTextLength = 1000;

    /// <summary>The version the page was read at; 0 when no return had been saved yet.</summary>
    public long Version { get; set; }

    /// <summary>"save" (保存草稿) or "submit" (提交).</summary>
    public string? Command { get; set; }

    public string? ProgressNarrative { get; set; }
    public string? ProblemsNarrative { get; set; }
    public string? NextWeekPlan { get; set; }
    public Dictionary<long, ReturnRowForm> Rows { get; set; } = [];

    public bool IsSubmit => string.Equals(Command, "submit", StringComparison.Ordinal);

    /// <summary>"validate" (校验): the submission's rules on what is typed, nothing saved.</summary>
    public bool IsValidate => string.Equals(Command, "validate", StringComparison.Ordinal);

    /// <summary>"haves": tick all six haves of the rows selected in <see cref="Tick"/>, then save the draft.</summary>
    public bool IsTickHaves => string.Equals(Command, "haves", StringComparison.Ordinal);

    /// <summary>The rows the officer selected for a bulk action, by estate id.</summary>
    public long[] Tick { get; set; } = [];

    /// <summary>The row the officer was last at (set by the page's script): the page returns there after a save.</summary>
    public long? At { get; set; }

    /// <summary>Ticks all six haves of the selected rows that are on the form (the bulk action "勾选六有").</summary>
    public void TickAllHaves()
    {
        foreach (var id in Tick)
        {
            if (Rows.TryGetValue(id, out var row))
                row.SixHaves = [Core.Estates.SixHaves.All];
        }
    }

    /// <summary>Copies the posted values onto <paramref name="weeklyReturn"/>'s rows and narratives.</summary>
    public void ApplyTo(WeeklyReturn weeklyReturn)
    {
        weeklyReturn.ProgressNarrative = Clean(ProgressNarrative);
        weeklyReturn.ProblemsNarrative = Clean(ProblemsNarrative);
        weeklyReturn.NextWeekPlan = Clean(NextWeekPlan);
        foreach (var row in weeklyReturn.Rows)
        {
            if (Rows.TryGetValue(row.EstateId, out var posted))
                posted.ApplyTo(row);
        }
    }

    /// <summary>What the form itself can tell before Core's rules: empty or malformed numbers, unknown modes, over-long text.</summary>
    public IEnumerable<ValidationError> FormErrors(WeeklyReturn weeklyReturn)
    {
        foreach (var (field, text) in new[]
                 {
                     (nameof(ProgressNarrative), ProgressNarrative), (nameof(ProblemsNarrative), ProblemsNarrative),
                     (nameof(NextWeekPlan), NextWeekPlan),
                 })
        {
            if (text?.Trim().Length > MaxNarrativeLength)
                yield return new ValidationError(field, ReturnMessages.TooLong, "", MaxNarrativeLength);
        }
        foreach (var row in weeklyReturn.Rows)
        {
            if (!Rows.TryGetValue(row.EstateId, out var posted))
                continue;
            string Field(string property) => ReturnValidator.FieldOf(row.EstateId, property);
            if (posted.Households is null)
                yield return new ValidationError(Field(nameof(ReturnRow.Households)), ReturnMessages.Required, row.EstateName);
            if (!Enum.IsDefined(posted.Mode))
                yield return new ValidationError(Field(nameof(ReturnRow.Mode)), ReturnMessages.Invalid, row.EstateName);
            if (posted.Blockers?.Trim().Length > MaxRowTextLength)
                yield return new ValidationError(Field(nameof(ReturnRow.Blockers)), ReturnMessages.TooLong, row.EstateName, MaxRowTextLength);
            if (posted.HelpAsked?.Trim().Length > MaxRowTextLength)
                yield return new ValidationError(Field(nameof(ReturnRow.HelpAsked)), ReturnMessages.TooLong, row.EstateName, MaxRowTextLength);
        }
    }

    // Narratives keep their line breaks and lose other control and text-direction characters (Core's TextRule).
    internal static string? Clean(string? text) => TextRule.CleanNarrative(text) is { } clean && !string.IsNullOrWhiteSpace(clean) ? clean.Trim() : null;
}

/// <summary>One estate's cells. Households is nullable so an emptied box is reported, not read as 0.</summary>
public sealed class ReturnRowForm
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
        row.Households = Households ?? row.Households;
        row.Mode = Enum.IsDefined(Mode) ? Mode : row.Mode;
        row.SixHaves = SixHaves.Aggregate(Core.Estates.SixHaves.None, (all, have) => all | have) & Core.Estates.SixHaves.All;
        // The consultation, owners' meeting and committee dates are the committee track's (/committees/{estateId}):
        // the return shows them and never takes them from a form.
        row.ContractSignedDate = ContractSignedDate;
        row.IsStruckOff = IsStruckOff;
        row.StruckOffDate = StruckOffDate;
        row.Blockers = ReturnForm.Clean(Blockers);
        row.HelpAsked = ReturnForm.Clean(HelpAsked);
    }
}

/// <summary>The reviewer's forms: accept, send back (a reason on the return and/or on rows), reopen (a reason).</summary>
public sealed class ReviewForm
{
    public const int MaxReasonLength = 2000;

    public long Version { get; set; }
    public string? Reason { get; set; }
    /// <summary>Send back only: a reason per estate id, shown to the officer beside that row.</summary>
    public Dictionary<long, string?> RowReasons { get; set; } = [];
}
