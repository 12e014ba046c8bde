using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Web.Features.Hierarchy;

public sealed class HierarchyTreeViewModel
{
    public required IReadOnlyList<TreeRow> Rows { get; init; }
    public required NodeLevel RootLevel { get; init; }
    public required NodeLevel Depth { get; init; }
    public required bool IncludeRetired { get; init; }
}

public sealed class NodeViewModel
{
    public required Node Node { get; init; }
    public required IReadOnlyList<Node> Lineage { get; init; }
    public required IReadOnlyList<Node> Children { get; init; }
    public required bool IsScopeRoot { get; init; }

    /// <summary>The level a new child would have; null below communities (estates are created in the registry).</summary>
    public NodeLevel? ChildLevel => NodeLevels.ChildOf(Node.Level) is { } level && level < NodeLevel.Estate ? level : null;

    public bool CanMove => !IsScopeRoot && Node.ParentId is not null;

    // Values typed into the forms, kept when a form is shown again with an error.
    public string? NewName { get; set; }
    public string? ChildName { get; set; }
}

public sealed class MoveViewModel
{
    public required Node Node { get; init; }
    public required IReadOnlyList<Node> Lineage { get; init; }
    public required IReadOnlyList<(Node Parent, string Label)> Candidates { get; init; }
    public long? NewParentId { get; set; }
}

public sealed class ConfirmViewModel
{
    public required Node Node { get; init; }
    public required IReadOnlyList<Node> Lineage { get; init; }

    /// <summary>Delete only: true when something refers to the node, so it can be retired but never deleted.</summary>
    public bool HasHistory { get; init; }
}
