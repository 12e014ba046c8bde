using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Hierarchy;

/// <summary>
/// The hierarchy's workflows: create, rename, move, retire or reinstate, delete. Each loads through
/// <see cref="INodeRepository"/>, checks the five-level rules (a node sits exactly one level below its parent, never
/// under a retired one, never under itself), builds the audit entries and calls the repository once. A refusal is a
/// <see cref="ValidationError"/> naming the field; a stale version is a <see cref="ConcurrencyConflictException"/> and a
/// sibling of the same name a <see cref="DuplicateNameException"/> (both the database's to detect), and neither writes.
/// </summary>
public sealed class HierarchyService(INodeRepository nodes)
{
    public const int MaxNameLength = 100;

    public async Task<DomainResult<Node>> CreateAsync(long? parentId, NodeLevel level, string? name, ChangeContext context)
    {
        var errors = NameErrors(name).ToList();
        if (parentId is null)
        {
            if (level != NodeLevel.City)
                errors.Add(new(nameof(Node.ParentId), ValidationCodes.Required));
        }
        else if (await nodes.GetByIdAsync(parentId.Value) is not { } parent)
            errors.Add(new(nameof(Node.ParentId), ValidationCodes.NotFound));
        else
            errors.AddRange(ParentErrors(parent, level));
        if (errors.Count > 0)
            return DomainResult<Node>.From(errors);

        var clean = name!.Trim();
        return DomainResult<Node>.Done(await nodes.CreateAsync(parentId, level, clean, NodeAudit.Created(clean, context)));
    }

    public async Task<DomainResult> RenameAsync(long id, string? newName, long expectedVersion, ChangeContext context)
    {
        var errors = NameErrors(newName).ToList();
        if (errors.Count > 0)
            return DomainResult.From(errors);
        var node = await CurrentAsync(id, expectedVersion);
        var clean = newName!.Trim();
        if (node.Name != clean)
            await nodes.RenameAsync(id, clean, expectedVersion, NodeAudit.Renamed(node, clean, context));
        return DomainResult.Ok;
    }

    /// <summary>Moves a node and its whole subtree under <paramref name="newParentId"/>; already there changes nothing.</summary>
    public async Task<DomainResult> MoveAsync(long id, long newParentId, long expectedVersion, ChangeContext context)
    {
        var node = await CurrentAsync(id, expectedVersion);
        if (await nodes.GetByIdAsync(newParentId) is not { } parent)
            return DomainResult.Refuse(nameof(Node.ParentId), ValidationCodes.NotFound);
        if (Scope.Contains(node.Path, parent.Path))
            return DomainResult.Refuse(nameof(Node.ParentId), ValidationCodes.UnderItself);
        var errors = ParentErrors(parent, node.Level);
        if (errors.Count > 0)
            return DomainResult.From(errors);
        if (node.ParentId != newParentId)
            await nodes.MoveAsync(id, newParentId, expectedVersion, NodeAudit.Moved(node, newParentId, context));
        return DomainResult.Ok;
    }

    /// <summary>Retires or reinstates a node; one already so changes nothing.</summary>
    public async Task<DomainResult> SetRetiredAsync(long id, bool retired, long expectedVersion, ChangeContext context)
    {
        var node = await CurrentAsync(id, expectedVersion);
        if (node.IsRetired != retired)
            await nodes.SetRetiredAsync(id, retired, expectedVersion, NodeAudit.Retired(node, retired, context));
        return DomainResult.Ok;
    }

    /// <summary>Deletes a node nothing refers to; false (and nothing deleted) when it has history or is gone.</summary>
    public async Task<bool> DeleteIfUnusedAsync(long id, ChangeContext context) =>
        await nodes.GetByIdAsync(id) is { } node && await nodes.DeleteIfUnusedAsync(id, NodeAudit.Deleted(node, context));

    /// <summary>The rules a parent must meet: exactly one level above the child, and not retired.</summary>
    public static IReadOnlyList<ValidationError> ParentErrors(Node parent, NodeLevel childLevel)
    {
        var errors = new List<ValidationError>();
        if (NodeLevels.ChildOf(parent.Level) != childLevel)
            errors.Add(new(nameof(Node.ParentId), ValidationCodes.WrongParentLevel, childLevel - 1));
        if (parent.IsRetired)
            errors.Add(new(nameof(Node.ParentId), ValidationCodes.ParentRetired, parent.Name));
        return errors;
    }

    public static IEnumerable<ValidationError> NameErrors(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            yield return new(nameof(Node.Name), ValidationCodes.Required);
        else if (name.Trim().Length > MaxNameLength)
            yield return new(nameof(Node.Name), ValidationCodes.TooLong, MaxNameLength);
    }

    /// <summary>The node as it stands, provided it still has the version the caller read.</summary>
    private async Task<Node> CurrentAsync(long id, long expectedVersion) =>
        await nodes.GetByIdAsync(id) is { } node && node.Version == expectedVersion
            ? node
            : throw new ConcurrencyConflictException(AuditEntities.Node, id);
}
