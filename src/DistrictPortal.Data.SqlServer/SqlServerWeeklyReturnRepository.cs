using DistrictPortal.Core.Returns;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// Weekly returns on SQL Server: [dbo].[WeeklyReturn_*], [dbo].[ReturnRow_*] and [dbo].[ReturnSnapshot_*]. The reads
/// are here; the writes, each one transaction with its audit, in the .Writes file.
/// </summary>
public sealed partial class SqlServerWeeklyReturnRepository(string connectionString) : IWeeklyReturnRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<WeeklyReturn?> GetByIdAsync(long id) =>
        _db.ReadAsync(async c => await WithRowsAsync(c, await c.CallAsync(new WeeklyReturnReadById(id))));

    public Task<WeeklyReturn?> GetAsync(long subDistrictId, DateOnly weekEnding) =>
        _db.ReadAsync(async c => await WithRowsAsync(c, await c.CallAsync(new WeeklyReturnReadBySubDistrictWeek(subDistrictId, weekEnding))));

    public Task<WeeklyReturn?> GetLastAcceptedAsync(long subDistrictId, DateOnly weekEnding) =>
        _db.ReadAsync(async c => await WithRowsAsync(c, await c.CallAsync(new WeeklyReturnReadLastAccepted(subDistrictId, weekEnding))));

    public Task<IReadOnlyList<RegistryFacts>> ListRegistryFactsAsync(long subDistrictId) =>
        _db.ReadAsync(async c => await c.CallAsync(new EstateReadRegistryFactsBySubDistrictId(subDistrictId)));

    public Task<IReadOnlyList<ReturnSummary>> ListAsync(string scopePath, DateOnly from, DateOnly to) =>
        _db.ReadAsync(async c =>
        {
            var summaries = await c.CallAsync(new WeeklyReturnReadSummariesByScopePath(scopePath ?? "", from, to));
            foreach (var s in summaries)
            {
                s.FirstSubmittedUtc = AuditWriter.AsUtc(s.FirstSubmittedUtc);
                s.ReviewedUtc = AuditWriter.AsUtc(s.ReviewedUtc);
                s.MarkedOverdueUtc = AuditWriter.AsUtc(s.MarkedOverdueUtc);
            }
            return summaries;
        });

    public Task<IReadOnlyList<ReturnSnapshot>> ListSnapshotsAsync(long weeklyReturnId) =>
        _db.ReadAsync(async c => Canonical(await c.CallAsync(new ReturnSnapshotReadByWeeklyReturnId(weeklyReturnId))));

    public Task<IReadOnlyList<ReturnSnapshot>> ListCurrentSnapshotsAsync(string scopePath, DateOnly from, DateOnly to) =>
        _db.ReadAsync(async c => Canonical(await c.CallAsync(new ReturnSnapshotReadCurrentByScopePath(scopePath ?? "", from, to))));

    /// <summary>
    /// The return and then its rows, two calls on one connection. Should a save land between them, the rows are
    /// newer than the version read, so saving what was read is refused as stale: never a lost update.
    /// </summary>
    private static async Task<WeeklyReturn?> WithRowsAsync(SqlConnection c, IReadOnlyList<WeeklyReturn> found)
    {
        if (found.SingleOrDefault() is not { } weeklyReturn)
        {
            return null;
        }
        // Name order by Core's NameKey, as SQLite's repository sorts them: not by this server's collation (pinyin).
        weeklyReturn.Rows = Core.Common.NameKey.Order(await c.CallAsync(new ReturnRowReadByWeeklyReturnId(weeklyReturn.Id)), r => r.EstateName, r => r.EstateId);
        weeklyReturn.FirstSubmittedUtc = AuditWriter.AsUtc(weeklyReturn.FirstSubmittedUtc);
        weeklyReturn.LastSubmittedUtc = AuditWriter.AsUtc(weeklyReturn.LastSubmittedUtc);
        weeklyReturn.ReviewedUtc = AuditWriter.AsUtc(weeklyReturn.ReviewedUtc);
        return weeklyReturn;
    }

    private static IReadOnlyList<ReturnSnapshot> Canonical(IReadOnlyList<ReturnSnapshot> snapshots)
    {
        foreach (var s in snapshots)
        {
            s.AcceptedUtc = AuditWriter.AsUtc(s.AcceptedUtc);
            s.PercentCleared = Decimals.Canonical(s.PercentCleared);
        }
        return snapshots;
    }
}
