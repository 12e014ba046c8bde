using System.Globalization;
using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Hierarchy;

/// <summary>The audit entries of the hierarchy's changes, built once in Core for both databases.</summary>
public static class NodeAudit
{
    public const string EntityType = AuditEntities.Node;

    /// <summary>A new node's entry; the repository stamps the new id (<see cref="AuditEntry.NewRow"/>).</summary>
    public static IReadOnlyList<AuditEntry> Created(string name, ChangeContext context) =>
        new AuditDiff(EntityType, AuditEntry.NewRow, context).Action(AuditActions.Create, newValue: name).Entries;

    public static IReadOnlyList<AuditEntry> Renamed(Node node, string newName, ChangeContext context) =>
        new AuditDiff(EntityType, node.Id, context).Field(nameof(Node.Name), node.Name, newName).Entries;

    public static IReadOnlyList<AuditEntry> Moved(Node node, long newParentId, ChangeContext context) =>
        new AuditDiff(EntityType, node.Id, context)
            .Action(AuditActions.Move, nameof(Node.ParentId), Invariant(node.ParentId), Invariant(newParentId)).Entries;

    public static IReadOnlyList<AuditEntry> Retired(Node node, bool retired, ChangeContext context) =>
        new AuditDiff(EntityType, node.Id, context).Action(retired ? AuditActions.Retire : AuditActions.Reinstate).Entries;

    /// <summary>The trail keeps its own record of a deletion (ids are never reused).</summary>
    public static IReadOnlyList<AuditEntry> Deleted(Node node, ChangeContext context) =>
        new AuditDiff(EntityType, node.Id, context).Action(AuditActions.Delete, nameof(Node.Name), node.Name).Entries;

    private static string? Invariant(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
