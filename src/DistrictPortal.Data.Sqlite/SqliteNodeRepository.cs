using Dapper;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Data.Sqlite;

/// <summary>The hierarchy on SQLite: reads here, writes in SqliteNodeRepository.Writes.cs.</summary>
public sealed partial class SqliteNodeRepository(SqliteConnectionFactory connections) : INodeRepository
{
    private const string OrderBySiblings = "ORDER BY SortOrder, Name COLLATE NOCASE, Id";

    public async Task<Node?> GetByIdAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        return await NodeStore.GetAsync(connection, null, id);
    }

    public async Task<IReadOnlyList<Node>> GetRootsAsync()
    {
        await using var connection = await connections.OpenAsync();
        var roots = await connection.QueryAsync<Node>(
            $"SELECT {NodeStore.Columns} FROM Node WHERE ParentId IS NULL {OrderBySiblings}");
        return roots.AsList();
    }

    public async Task<IReadOnlyList<Node>> GetLineageAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        var path = await connection.ExecuteScalarAsync<string?>("SELECT Path FROM Node WHERE Id = @id", new { id });
        if (path is null)
        {
            return [];
        }
        // The path lists the ancestors' ids; their levels put them root first.
        var lineage = await connection.QueryAsync<Node>(
            $"SELECT {NodeStore.Columns} FROM Node WHERE Id IN @ids ORDER BY Level",
            new { ids = Scope.Ids(path) });
        return lineage.AsList();
    }

    public async Task<IReadOnlyList<Node>> GetChildrenAsync(long parentId, bool includeRetired = false)
    {
        await using var connection = await connections.OpenAsync();
        var children = await connection.QueryAsync<Node>(
            $"""
            SELECT {NodeStore.Columns} FROM Node
            WHERE ParentId = @parentId AND (@includeRetired = 1 OR IsRetired = 0)
            {OrderBySiblings}
            """,
            new { parentId, includeRetired });
        return children.AsList();
    }

    public async Task<IReadOnlyList<Node>> ListByLevelAsync(string scopePath, NodeLevel level, bool includeRetired = false)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var nodes = await connection.QueryAsync<Node>(
            $"""
            SELECT {NodeStore.Columns} FROM Node
            WHERE Level = @level AND Path >= @scopeFrom AND Path < @scopeTo
              AND (@includeRetired = 1 OR IsRetired = 0)
            {OrderBySiblings}
            """,
            new { level, scopeFrom, scopeTo, includeRetired });
        return nodes.AsList();
    }

    public async Task<NodeReferences> ReadReferencesAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        return await ReadReferencesAsync(connection, null, id);
    }

    /// <summary>
    /// Every table that can refer to a node, one flag each, and audit rows beyond its own creation: the same list as
    /// SQL Server's [dbo].[Node_ReadReferences]. Core's NodeHistory decides what is history.
    /// </summary>
    internal static Task<NodeReferences> ReadReferencesAsync(System.Data.IDbConnection connection, System.Data.IDbTransaction? transaction, long id) =>
        connection.QuerySingleAsync<NodeReferences>(
            """
            SELECT EXISTS (SELECT 1 FROM Node WHERE ParentId = @id) AS HasChildren,
                   EXISTS (SELECT 1 FROM Estate WHERE Id = @id) AS IsEstate,
                   EXISTS (SELECT 1 FROM [User] WHERE ScopeNodeId = @id) AS HasUsers,
                   EXISTS (SELECT 1 FROM Campaign WHERE DistrictId = @id) AS HasCampaigns,
                   EXISTS (SELECT 1 FROM CampaignEstate WHERE EstateId = @id) AS OnCampaignList,
                   EXISTS (SELECT 1 FROM WeeklyReturn WHERE SubDistrictId = @id)
                       OR EXISTS (SELECT 1 FROM ReturnSnapshot WHERE SubDistrictId = @id) AS HasReturns,
                   EXISTS (SELECT 1 FROM ReturnRow WHERE EstateId = @id) AS InReturnRows,
                   EXISTS (SELECT 1 FROM SupervisionOrder WHERE SubDistrictId = @id) AS HasSupervisionOrders,
                   EXISTS (SELECT 1 FROM AreaTarget WHERE NodeId = @id) AS HasAreaTargets,
                   EXISTS (SELECT 1 FROM RetrofitProgramme WHERE NodeId = @id) AS HasRetrofitProgrammes,
                   EXISTS (SELECT 1 FROM BriefingArchive WHERE NodeId = @id) AS HasBriefings,
                   EXISTS (SELECT 1 FROM AuditEntry
                           WHERE EntityType IN (@node, @estate) AND EntityId = @id AND Action <> @create) AS HasAuditBeyondCreation
            """,
            new { id, node = NodeStore.EntityType, estate = Core.Estates.EstateAudit.EntityType, create = Core.Auditing.AuditActions.Create },
            transaction);
}
