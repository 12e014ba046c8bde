using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Plans;

namespace DistrictPortal.Data.Sqlite;

/// <summary>Campaign phases and full-coverage plans on SQLite (issue 16 item 1); each write with its audit in one transaction.</summary>
public sealed class SqlitePlanRepository(SqliteConnectionFactory connections) : IPlanRepository
{
    public async Task<IReadOnlyList<CampaignPhase>> ListPhasesAsync(long campaignId)
    {
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<CampaignPhase>(
            "SELECT CampaignId, Kind, StartDate, EndDate FROM CampaignPhase WHERE CampaignId = @campaignId ORDER BY Kind",
            new { campaignId })).AsList();
    }

    public Task ReplacePhasesAsync(long campaignId, IReadOnlyList<CampaignPhase> phases, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(phases);
        return WriteGuards.ForeignKeysAsArgumentErrors(AuditEntities.CampaignPhase, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync("DELETE FROM CampaignPhase WHERE CampaignId = @campaignId", new { campaignId }, transaction);
            foreach (var phase in phases)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO CampaignPhase (CampaignId, Kind, StartDate, EndDate) VALUES (@campaignId, @Kind, @StartDate, @EndDate)",
                    new { campaignId, Kind = (int)phase.Kind, phase.StartDate, phase.EndDate }, transaction);
            }
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(CampaignPhase.CampaignId)));
    }

    public async Task<IReadOnlyList<PlanRow>> ListAsync(long campaignId, long? subDistrictId)
    {
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<PlanRow>(
            """
            SELECT p.CampaignId, p.EstateId, c.ParentId AS SubDistrictId, p.PlannedMode, p.PlannedDate, e.StruckOffDate, p.UpdatedUtc
            FROM CoveragePlan p
            JOIN CampaignEstate ce ON ce.CampaignId = p.CampaignId AND ce.EstateId = p.EstateId
            JOIN Estate e ON e.Id = p.EstateId
            JOIN Node n ON n.Id = p.EstateId
            JOIN Node c ON c.Id = n.ParentId
            WHERE p.CampaignId = @campaignId AND ce.RemovedUtc IS NULL AND (@subDistrictId IS NULL OR c.ParentId = @subDistrictId)
            ORDER BY p.EstateId
            """,
            new { campaignId, subDistrictId })).AsList();
    }

    public Task SaveAsync(IReadOnlyList<PlanRow> rows, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return WriteGuards.ForeignKeysAsArgumentErrors(AuditEntities.CoveragePlan, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var row in rows)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO CoveragePlan (CampaignId, EstateId, PlannedMode, PlannedDate, UpdatedUtc)
                    VALUES (@CampaignId, @EstateId, @PlannedMode, @PlannedDate, @UpdatedUtc)
                    ON CONFLICT (CampaignId, EstateId) DO UPDATE
                    SET PlannedMode = excluded.PlannedMode, PlannedDate = excluded.PlannedDate, UpdatedUtc = excluded.UpdatedUtc
                    """,
                    new { row.CampaignId, row.EstateId, PlannedMode = (int)row.PlannedMode, row.PlannedDate, row.UpdatedUtc }, transaction);
            }
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(PlanRow.EstateId)));
    }
}
