using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Hierarchy;

/// <summary>
/// 第一责任人 (P5: "街道和社区居委会主要领导为物业管理第一责任人"): the leader answerable for the campaign at a district,
/// sub-district or community, and how to reach them. Shown on that scope's return, supervision orders and briefing.
/// </summary>
public sealed class NodeResponsible
{
    public long NodeId { get; set; }
    /// <summary>The person (姓名).</summary>
    public string Name { get; set; } = "";
    /// <summary>Their post (职务), e.g. 街道办事处主任.</summary>
    public string Post { get; set; } = "";
    /// <summary>A mainland mobile or landline number (<see cref="PhoneRule"/>).</summary>
    public string Phone { get; set; } = "";
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>The responsible person of each node: one row per node, each write with its audit in one transaction.</summary>
public interface INodeResponsibleRepository
{
    Task<NodeResponsible?> GetAsync(long nodeId);

    /// <summary>Inserts or replaces the node's responsible person, with the audit Core built. An unknown node breaks the foreign key.</summary>
    Task SaveAsync(NodeResponsible responsible, IReadOnlyList<AuditEntry> audit);

    /// <summary>Removes it with its audit; false (and nothing written) when the node had none.</summary>
    Task<bool> DeleteAsync(long nodeId, IReadOnlyList<AuditEntry> audit);
}
