using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Briefings;

/// <summary>
/// A briefing (工作简报) rendered by the weekly pack after its week closed and kept with the snapshot it printed, so
/// the pack a leader received can be downloaded again as it was. One per node, week and snapshot: a week whose snapshot
/// changes (a later acceptance, a restatement) is archived again, and the newest copy supersedes the older ones.
/// </summary>
public sealed class ArchivedBriefing
{
    public long Id { get; set; }
    public long NodeId { get; set; }
    /// <summary>The node's name as printed (a later rename does not change an archived document).</summary>
    public string NodeName { get; set; } = "";
    public NodeLevel NodeLevel { get; set; }
    /// <summary>The node's current path, read for scope checks.</summary>
    public string NodePath { get; set; } = "";
    public DateOnly WeekEnding { get; set; }
    public string SnapshotId { get; set; } = "";
    public DateTime GeneratedUtc { get; set; }
    public int SizeBytes { get; set; }
    /// <summary>Archived while some return the briefing sums was not yet accepted (暂定): a later copy will supersede it.</summary>
    public bool IsProvisional { get; set; }
    /// <summary>The PDF; empty in lists (only <see cref="IBriefingArchiveRepository.GetByIdAsync"/> reads it).</summary>
    public byte[] Pdf { get; set; } = [];

    /// <summary>The archive's "create" entry: the week and the snapshot (for <see cref="Auditing.AuditEntry.NewRow"/>).</summary>
    public static IReadOnlyList<Auditing.AuditEntry> Created(ArchivedBriefing briefing, Auditing.ChangeContext context) =>
        new Auditing.AuditDiff(Auditing.AuditEntities.BriefingArchive, Auditing.AuditEntry.NewRow, context)
            .Action(Auditing.AuditActions.Create,
                newValue: $"{briefing.WeekEnding.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} {briefing.SnapshotId}")
            .Entries;
}

public interface IBriefingArchiveRepository
{
    /// <summary>
    /// Archives the briefing unless the node already has one for that week and snapshot (then returns false and writes nothing),
    /// with <paramref name="audit"/> (<see cref="ArchivedBriefing.Created"/>, stamped with the new id) in the same transaction.
    /// Safe for a retried job and for two servers at once.
    /// </summary>
    Task<bool> AddOnceAsync(ArchivedBriefing briefing, IReadOnlyList<Auditing.AuditEntry> audit);

    /// <summary>Briefings of nodes under the scope (the scope node included), newest week first, without their PDFs.</summary>
    Task<IReadOnlyList<ArchivedBriefing>> ListAsync(string scopePath);

    /// <summary>One briefing with its PDF and its node's path; null when missing.</summary>
    Task<ArchivedBriefing?> GetByIdAsync(long id);
}
