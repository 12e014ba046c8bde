using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Briefings;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>The weekly pack's archive on SQL Server: [dbo].[BriefingArchive_*], one briefing per node, week and snapshot, each insert audited.</summary>
public sealed class SqlServerBriefingArchiveRepository(string connectionString) : IBriefingArchiveRepository
{
    public const string EntityType = AuditEntities.BriefingArchive;

    private readonly SqlServerDatabase _db = new(connectionString);

    public async Task<bool> AddOnceAsync(ArchivedBriefing briefing, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(audit);
        long? id;
        try
        {
            id = await _db.WriteAsync(
            async (c, t) =>
            {
                var archived = (await c.CallAsync(BriefingArchiveCreate.From(briefing), t)).Single();
                if (archived is { } newId)
                {
                    await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                }
                return archived;
            },
            e => IsDuplicate(e) ? null : SqlErrors.Translate(e, EntityType, 0));
        }
        catch (SqlException e) when (IsDuplicate(e))
        {
            return false; // a second server raced past the lock and met the unique key: it archived nothing
        }
        if (id is { } archivedId)
        {
            briefing.Id = archivedId;
        }
        return id is not null;
    }

    public async Task<IReadOnlyList<ArchivedBriefing>> ListAsync(string scopePath)
    {
        var rows = await _db.ReadAsync(c => c.CallAsync(new BriefingArchiveReadByScopePath(scopePath ?? "")));
        foreach (var row in rows)
        {
            row.GeneratedUtc = AuditWriter.AsUtc(row.GeneratedUtc);
        }
        return rows;
    }

    public async Task<ArchivedBriefing?> GetByIdAsync(long id)
    {
        var row = (await _db.ReadAsync(c => c.CallAsync(new BriefingArchiveReadById(id)))).SingleOrDefault();
        if (row is not null)
        {
            row.GeneratedUtc = AuditWriter.AsUtc(row.GeneratedUtc);
        }
        return row;
    }

    private static bool IsDuplicate(SqlException e) => e.Number is 2601 or 2627;
}
