using System.Globalization;
using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Retrofit;

/// <summary>What an edit of a project changed, field by field, the same for both databases.</summary>
public static class RetrofitAudit
{
    public const string EntityType = AuditEntities.RetrofitProject;

    public static IReadOnlyList<AuditEntry> Diff(RetrofitProject old, RetrofitProject now, string name, ChangeContext context) =>
        new AuditDiff(EntityType, now.Id, context)
            .Field(nameof(RetrofitProject.Name), old.Name, name)
            .Field(nameof(RetrofitProject.EstateId), old.EstateId, now.EstateId)
            .Field(nameof(RetrofitProject.MergedEstateIds), FormatIds(old.MergedEstateIds), FormatIds(now.MergedEstateIds))
            .Field(nameof(RetrofitProject.WorkItems), (int)old.WorkItems, (int)now.WorkItems)
            .Field(nameof(RetrofitProject.Area), old.Area, now.Area)
            .Field(nameof(RetrofitProject.Status), old.Status.ToString(), now.Status.ToString())
            .Field(nameof(RetrofitProject.StartedDate), old.StartedDate, now.StartedDate)
            .Field(nameof(RetrofitProject.CompletedDate), old.CompletedDate, now.CompletedDate)
            .Field(nameof(RetrofitProject.AcceptedDate), old.AcceptedDate, now.AcceptedDate)
            .Entries;

    /// <summary>The entry of a new project (its id stamped by the repository, <see cref="AuditEntry.NewRow"/>).</summary>
    public static IReadOnlyList<AuditEntry> Created(RetrofitProject project, ChangeContext context) =>
        new AuditDiff(EntityType, AuditEntry.NewRow, context).Action(AuditActions.Create, newValue: project.Name).Entries;

    public static IReadOnlyList<AuditEntry> Created(RetrofitProgramme programme, ChangeContext context) =>
        new AuditDiff(AuditEntities.RetrofitProgramme, AuditEntry.NewRow, context).Action(AuditActions.Create, newValue: programme.Name).Entries;

    /// <summary>A new target (<see cref="AuditEntry.NewRow"/>), or what an existing one's area was and is now.</summary>
    public static IReadOnlyList<AuditEntry> Target(AreaTarget? old, AreaTarget now, ChangeContext context) =>
        old is null
            ? new AuditDiff(AuditEntities.AreaTarget, AuditEntry.NewRow, context)
                .Action(AuditActions.Create, nameof(AreaTarget.TargetArea), null, now.TargetArea.ToString(CultureInfo.InvariantCulture)).Entries
            : new AuditDiff(AuditEntities.AreaTarget, now.Id, context).Field(nameof(AreaTarget.TargetArea), old.TargetArea, now.TargetArea).Entries;

    /// <summary>"12,15" in ascending order: how merged estates travel to and from the databases, and how the audit shows them.</summary>
    public static string FormatIds(IEnumerable<long> ids) =>
        string.Join(",", ids.Distinct().Order().Select(i => i.ToString(CultureInfo.InvariantCulture)));

    public static IReadOnlyList<long> ParseIds(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => long.Parse(s, CultureInfo.InvariantCulture)).Order().ToArray();
}
