using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Briefings;

namespace DistrictPortal.Data.Sqlite;

/// <summary>The weekly pack's archive on SQLite: one briefing per node, week and snapshot (a unique constraint), each insert audited.</summary>
public sealed class SqliteBriefingArchiveRepository(SqliteConnectionFactory connections) : IBriefingArchiveRepository
{
    public const string EntityType = AuditEntities.BriefingArchive;

    private const string SelectBriefing = """
        SELECT b.Id, b.NodeId, b.NodeName, n.Level AS NodeLevel, n.Path AS NodePath, b.WeekEnding, b.SnapshotId,
               b.GeneratedUtc, length(b.Pdf) AS SizeBytes, b.IsProvisional
        """;

    public async Task<bool> AddOnceAsync(ArchivedBriefing briefing, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(audit);
        var id = await connections.InTransactionAsync(async (connection, transaction) =>
        {
            var added = await connection.ExecuteScalarAsync<long?>(
                """
                INSERT INTO BriefingArchive (NodeId, NodeName, WeekEnding, SnapshotId, GeneratedUtc, Pdf, IsProvisional)
                VALUES (@NodeId, @NodeName, @WeekEnding, @SnapshotId, @GeneratedUtc, @Pdf, @IsProvisional)
                ON CONFLICT (NodeId, WeekEnding, SnapshotId) DO NOTHING
                RETURNING Id
                """,
                new { briefing.NodeId, briefing.NodeName, briefing.WeekEnding, briefing.SnapshotId, briefing.GeneratedUtc, briefing.Pdf, briefing.IsProvisional },
                transaction);
            if (added is { } newId)
                await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, newId));
            return added;
        }, nameof(ArchivedBriefing.WeekEnding));
        if (id is { } archived)
            briefing.Id = archived;
        return id is not null;
    }

    public async Task<IReadOnlyList<ArchivedBriefing>> ListAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var rows = await connection.QueryAsync<ArchivedBriefing>(
            $"""
            {SelectBriefing}
            FROM BriefingArchive b
            JOIN Node n ON n.Id = b.NodeId
            WHERE n.Path >= @scopeFrom AND n.Path < @scopeTo
            ORDER BY b.WeekEnding DESC, n.Level, n.SortOrder, b.NodeId, b.Id
            """,
            new { scopeFrom, scopeTo });
        return rows.AsList();
    }

    public async Task<ArchivedBriefing?> GetByIdAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<ArchivedBriefing>(
            $"""
            {SelectBriefing}, b.Pdf
            FROM BriefingArchive b
            JOIN Node n ON n.Id = b.NodeId
            WHERE b.Id = @id
            """,
            new { id });
    }
}
