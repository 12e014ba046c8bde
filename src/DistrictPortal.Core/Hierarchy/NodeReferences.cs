namespace DistrictPortal.Core.Hierarchy;

/// <summary>
/// What refers to a node, as the repository finds it: one flag per table that can point at a node, and whether the
/// audit trail holds more of it than its creation. The repository reports; <see cref="NodeHistory"/> decides.
/// </summary>
public sealed record NodeReferences
{
    public bool HasChildren { get; init; }
    public bool IsEstate { get; init; }
    public bool HasUsers { get; init; }
    public bool HasCampaigns { get; init; }
    public bool OnCampaignList { get; init; }
    public bool HasReturns { get; init; }
    public bool InReturnRows { get; init; }
    public bool HasSupervisionOrders { get; init; }
    public bool HasAreaTargets { get; init; }
    public bool HasRetrofitProgrammes { get; init; }
    public bool HasBriefings { get; init; }
    public bool HasAuditBeyondCreation { get; init; }

    /// <summary>Nothing refers to the node.</summary>
    public static NodeReferences None { get; } = new();
}

/// <summary>The rule that keeps a node: one with history is retired, never deleted.</summary>
public static class NodeHistory
{
    /// <summary>
    /// True when anything refers to the node or it was changed after its creation: children (retired ones too), its
    /// estate record, users scoped to it, campaigns, campaign lists, returns and their rows, supervision orders, area
    /// targets, retrofit programmes, archived briefings. A node created by mistake, and only created, can still go.
    /// </summary>
    public static bool HasHistory(NodeReferences r) =>
        r.HasChildren || r.IsEstate || r.HasUsers || r.HasCampaigns || r.OnCampaignList || r.HasReturns
        || r.InReturnRows || r.HasSupervisionOrders || r.HasAreaTargets || r.HasRetrofitProgrammes || r.HasBriefings
        || r.HasAuditBeyondCreation;

    /// <summary>The repository's read, decided: for the pages that ask before offering a delete.</summary>
    public static async Task<bool> HasHistoryAsync(this INodeRepository nodes, long id) =>
        HasHistory(await nodes.ReadReferencesAsync(id));
}
