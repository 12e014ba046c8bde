using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Returns;

/// <summary>The audit trail of a return: its own fields, and each row's fields named "Rows[estate].Field".</summary>
public static class ReturnAudit
{
    public const string EntityType = AuditEntities.WeeklyReturn;

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
