using System.Globalization;
using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Returns;

/// <summary>The audit trail of a return: its own fields, and each row's fields named "Rows[estate].Field".</summary>
public static class ReturnAudit
{
    public const string EntityType = AuditEntities.WeeklyReturn;

    /// <summary>A new return (for <see cref="AuditEntry.NewRow"/>; the store stamps the new id): "create" with its week.</summary>
    public static IReadOnlyList<AuditEntry> Created(DateOnly weekEnding, ChangeContext context) =>
        new AuditDiff(EntityType, AuditEntry.NewRow, context).Action(AuditActions.Create, newValue: Day(weekEnding)).Entries;

    /// <summary>
    /// The deadline job's mark on a week with nothing submitted (<see cref="IWeeklyReturnRepository.MarkOverdueAsync"/>):
    /// the mark's entry, and the "create" entry written too when the mark had to create the empty draft. Only the store
    /// knows, under its lock, which of the two it did; Core builds both.
    /// </summary>
    public static OverdueMarking Overdue(DateOnly weekEnding, ChangeContext context) => new(
        context.AtUtc,
        Created(weekEnding, context),
        new AuditDiff(EntityType, AuditEntry.NewRow, context).Action(AuditActions.MarkOverdue, nameof(ReturnSummary.MarkedOverdueUtc), null,
            context.AtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Entries);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IReadOnlyList<AuditEntry> Diff(WeeklyReturn before, WeeklyReturn after, ChangeContext context)
    {
        var diff = new AuditDiff(EntityType, before.Id, context)
            .Field(nameof(WeeklyReturn.Status), before.Status, after.Status)
            .Field(nameof(WeeklyReturn.ReviewReason), before.ReviewReason, after.ReviewReason)
            .Field(nameof(WeeklyReturn.ProgressNarrative), before.ProgressNarrative, after.ProgressNarrative)
            .Field(nameof(WeeklyReturn.ProblemsNarrative), before.ProblemsNarrative, after.ProblemsNarrative)
            .Field(nameof(WeeklyReturn.NextWeekPlan), before.NextWeekPlan, after.NextWeekPlan);

        var old = before.Rows.ToDictionary(r => r.EstateId);
        foreach (var row in after.Rows)
        {
            var was = old.GetValueOrDefault(row.EstateId) ?? new ReturnRow { EstateId = row.EstateId };
            var prefix = $"Rows[{row.EstateName}].";
            diff.Field(prefix + nameof(ReturnRow.Households), was.Households, row.Households)
                .Field(prefix + nameof(ReturnRow.Mode), was.Mode, row.Mode)
                .Field(prefix + nameof(ReturnRow.SixHaves), was.SixHaves, row.SixHaves)
                .Field(prefix + nameof(ReturnRow.ConsultationDate), was.ConsultationDate, row.ConsultationDate)
                .Field(prefix + nameof(ReturnRow.OwnersMeetingDate), was.OwnersMeetingDate, row.OwnersMeetingDate)
                .Field(prefix + nameof(ReturnRow.CommitteeElectedDate), was.CommitteeElectedDate, row.CommitteeElectedDate)
                .Field(prefix + nameof(ReturnRow.ContractSignedDate), was.ContractSignedDate, row.ContractSignedDate)
                .Field(prefix + nameof(ReturnRow.IsStruckOff), was.IsStruckOff, row.IsStruckOff)
                .Field(prefix + nameof(ReturnRow.StruckOffDate), was.StruckOffDate, row.StruckOffDate)
                .Field(prefix + nameof(ReturnRow.Blockers), was.Blockers, row.Blockers)
                .Field(prefix + nameof(ReturnRow.HelpAsked), was.HelpAsked, row.HelpAsked)
                .Field(prefix + nameof(ReturnRow.ReviewReason), was.ReviewReason, row.ReviewReason);
        }
        return diff.Entries;
    }
}

/// <summary>
/// A week marked overdue: when (UTC), the entries written if the mark creates the empty draft (<see cref="CreateAudit"/>,
/// before the mark's own) and the mark's entries (<see cref="MarkAudit"/>); all for <see cref="AuditEntry.NewRow"/>, stamped
/// with the return's id by the store.
/// </summary>
public sealed record OverdueMarking(DateTime AtUtc, IReadOnlyList<AuditEntry> CreateAudit, IReadOnlyList<AuditEntry> MarkAudit)
{
    /// <summary>What the store writes for the return <paramref name="id"/>: the creation's entries only when it created the draft.</summary>
    public IReadOnlyList<AuditEntry> AuditFor(long id, bool created) =>
        AuditEntry.ForNewRow(created ? [.. CreateAudit, .. MarkAudit] : MarkAudit, id);
}
