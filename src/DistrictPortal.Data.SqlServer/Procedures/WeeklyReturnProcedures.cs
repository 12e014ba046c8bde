using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[WeeklyReturn_*] and [dbo].[ReturnRow_*] procedure; the properties are its parameters
// (see StoredProcedureAttribute).

/// <summary>The new return's id; its rows go in the same call.</summary>
[StoredProcedure("WeeklyReturn_Create")]
internal sealed record WeeklyReturnCreate(
    long SubDistrictId,
    DateOnly WeekEnding,
    ReturnStatus Status,
    DateTime? FirstSubmittedUtc,
    DateTime? LastSubmittedUtc,
    long? SubmittedByUserId,
    string? SubmittedByName,
    DateTime? ReviewedUtc,
    long? ReviewedByUserId,
    string? ReviewedByName,
    string? ReviewReason,
    bool HasBeenAccepted,
    bool IsRestatement,
    string? ProgressNarrative,
    string? ProblemsNarrative,
    string? NextWeekPlan,
    [property: TableType("ReturnRowList")] IReadOnlyList<ReturnRowListItem> Rows) : IQuery<long>
{
    public static WeeklyReturnCreate From(WeeklyReturn r) => new(
        r.SubDistrictId, r.WeekEnding, r.Status, r.FirstSubmittedUtc, r.LastSubmittedUtc, r.SubmittedByUserId,
        r.SubmittedByName, r.ReviewedUtc, r.ReviewedByUserId, r.ReviewedByName, r.ReviewReason, r.HasBeenAccepted,
        r.IsRestatement, r.ProgressNarrative, r.ProblemsNarrative, r.NextWeekPlan, ReturnRowListItem.From(r.Rows));
}

/// <summary>Saves the return and replaces its rows as a whole; version-checked.</summary>
[StoredProcedure("WeeklyReturn_Update")]
internal sealed record WeeklyReturnUpdate(
    long Id,
    ReturnStatus Status,
    DateTime? FirstSubmittedUtc,
    DateTime? LastSubmittedUtc,
    long? SubmittedByUserId,
    string? SubmittedByName,
    DateTime? ReviewedUtc,
    long? ReviewedByUserId,
    string? ReviewedByName,
    string? ReviewReason,
    bool HasBeenAccepted,
    bool IsRestatement,
    string? ProgressNarrative,
    string? ProblemsNarrative,
    string? NextWeekPlan,
    [property: TableType("ReturnRowList")] IReadOnlyList<ReturnRowListItem> Rows,
    long Version) : ICommand
{
    public static WeeklyReturnUpdate From(WeeklyReturn r) => new(
        r.Id, r.Status, r.FirstSubmittedUtc, r.LastSubmittedUtc, r.SubmittedByUserId, r.SubmittedByName, r.ReviewedUtc,
        r.ReviewedByUserId, r.ReviewedByName, r.ReviewReason, r.HasBeenAccepted, r.IsRestatement, r.ProgressNarrative,
        r.ProblemsNarrative, r.NextWeekPlan, ReturnRowListItem.From(r.Rows), r.Version);
}

/// <summary>One row of [dbo].[ReturnRowList]: the properties are its columns, in order.</summary>
internal sealed record ReturnRowListItem(
    long EstateId,
    string EstateName,
    int Households,
    ManagementMode Mode,
    SixHaves SixHaves,
    DateOnly? ConsultationDate,
    DateOnly? OwnersMeetingDate,
    DateOnly? CommitteeElectedDate,
    DateOnly? ContractSignedDate,
    bool IsStruckOff,
    DateOnly? StruckOffDate,
    string? Blockers,
    string? HelpAsked,
    string? ReviewReason)
{
    public static IReadOnlyList<ReturnRowListItem> From(IEnumerable<ReturnRow>? rows) =>
        (rows ?? []).Select(r => new ReturnRowListItem(
            r.EstateId, r.EstateName ?? "", r.Households, r.Mode, r.SixHaves, r.ConsultationDate, r.OwnersMeetingDate,
            r.CommitteeElectedDate, r.ContractSignedDate, r.IsStruckOff, r.StruckOffDate, r.Blockers, r.HelpAsked,
            r.ReviewReason)).ToArray();
}

[StoredProcedure("WeeklyReturn_ReadById")]
internal sealed record WeeklyReturnReadById(long Id) : IQuery<WeeklyReturn>;

[StoredProcedure("WeeklyReturn_ReadBySubDistrictWeek")]
internal sealed record WeeklyReturnReadBySubDistrictWeek(long SubDistrictId, DateOnly WeekEnding) : IQuery<WeeklyReturn>;

[StoredProcedure("WeeklyReturn_ReadLastAccepted")]
internal sealed record WeeklyReturnReadLastAccepted(long SubDistrictId, DateOnly WeekEnding) : IQuery<WeeklyReturn>;

[StoredProcedure("WeeklyReturn_ReadSummariesByScopePath")]
internal sealed record WeeklyReturnReadSummariesByScopePath(string ScopePath, DateOnly From, DateOnly To) : IQuery<ReturnSummary>;

[StoredProcedure("WeeklyReturn_UpdateOverdue")]
internal sealed record WeeklyReturnUpdateOverdue(long SubDistrictId, DateOnly WeekEnding, DateTime MarkedOverdueUtc) : IQuery<OverdueMark>;

[StoredProcedure("ReturnRow_ReadByWeeklyReturnId")]
internal sealed record ReturnRowReadByWeeklyReturnId(long WeeklyReturnId) : IQuery<ReturnRow>;

/// <summary>The sub-district, its name and the week are taken from the return by the procedure.</summary>
[StoredProcedure("ReturnSnapshot_Create")]
internal sealed record ReturnSnapshotCreate(
    long WeeklyReturnId,
    DateTime AcceptedUtc,
    bool IsRestatement,
    bool WasOnTime,
    int Baseline,
    int Covered,
    int Remaining,
    decimal? PercentCleared,
    int NewlyCovered,
    int CommitteesFormed,
    long HouseholdsCovered,
    string CoveredEstateIds) : ICommand
{
    public static ReturnSnapshotCreate From(long weeklyReturnId, ReturnSnapshot s) => new(
        weeklyReturnId, s.AcceptedUtc, s.IsRestatement, s.WasOnTime, s.Baseline, s.Covered, s.Remaining, s.PercentCleared,
        s.NewlyCovered, s.CommitteesFormed, s.HouseholdsCovered, s.CoveredEstateIds ?? "");
}

[StoredProcedure("ReturnSnapshot_ReadByWeeklyReturnId")]
internal sealed record ReturnSnapshotReadByWeeklyReturnId(long WeeklyReturnId) : IQuery<ReturnSnapshot>;

[StoredProcedure("ReturnSnapshot_ReadCurrentByScopePath")]
internal sealed record ReturnSnapshotReadCurrentByScopePath(string ScopePath, DateOnly From, DateOnly To) : IQuery<ReturnSnapshot>;
