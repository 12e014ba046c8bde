using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>Each node's 第一责任人 on SQL Server: [dbo].[NodeResponsible_*], each write with its audit in one transaction.</summary>
public sealed class SqlServerNodeResponsibleRepository(string connectionString) : INodeResponsibleRepository
{
    private const string EntityType = AuditEntities.NodeResponsible;

    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<NodeResponsible?> GetAsync(long nodeId) =>
        _db.ReadAsync(async c =>
        {
            var found = (await c.CallAsync(new NodeResponsibleReadById(nodeId))).SingleOrDefault();
            if (found is not null)
            {
                found.UpdatedUtc = AuditWriter.AsUtc(found.UpdatedUtc);
            }
            return found;
        });

    public Task SaveAsync(NodeResponsible responsible, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(responsible);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new NodeResponsibleUpdate(responsible.NodeId, responsible.Name, responsible.Post, responsible.Phone, responsible.UpdatedUtc), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, EntityType, responsible.NodeId));
    }

    public Task<bool> DeleteAsync(long nodeId, IReadOnlyList<AuditEntry> audit) =>
        _db.WriteAsync(
            async (c, t) =>
            {
                if ((await c.CallAsync(new NodeResponsibleDeleteById(nodeId), t)).Single() == 0)
                {
                    return false;
                }
                await AuditWriter.WriteAsync(c, t, audit);
                return true;
            },
            e => SqlErrors.Translate(e, EntityType, nodeId));
}
