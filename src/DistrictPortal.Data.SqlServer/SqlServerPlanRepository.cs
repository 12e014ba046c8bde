using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Plans;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// Campaign phases and full-coverage plans on SQL Server (issue 16 item 1): [dbo].[CampaignPhase_*] and
/// [dbo].[CoveragePlan_*], each write with its audit in one transaction.
/// </summary>
public sealed class SqlServerPlanRepository(string connectionString) : IPlanRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<IReadOnlyList<CampaignPhase>> ListPhasesAsync(long campaignId) =>
        _db.ReadAsync(c => c.CallAsync(new CampaignPhaseReadByCampaignId(campaignId)));

    public Task ReplacePhasesAsync(long campaignId, IReadOnlyList<CampaignPhase> phases, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(phases);
        return _db.WriteAsync(
            async (c, t) =>
            {
                foreach (var kind in Enum.GetValues<PhaseKind>())
                {
                    if (phases.FirstOrDefault(p => p.Kind == kind) is { } phase)
                    {
                        await c.CallAsync(new CampaignPhaseUpdate(campaignId, (int)kind, phase.StartDate, phase.EndDate), t);
                    }
                    else
                    {
                        await c.CallAsync(new CampaignPhaseDeleteById(campaignId, (int)kind), t);
                    }
                }
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, AuditEntities.CampaignPhase, campaignId));
    }

    public Task<IReadOnlyList<PlanRow>> ListAsync(long campaignId, long? subDistrictId) =>
        _db.ReadAsync(async c =>
        {
            var rows = await c.CallAsync(new CoveragePlanReadByCampaignId(campaignId, subDistrictId));
            foreach (var row in rows)
            {
                row.UpdatedUtc = AuditWriter.AsUtc(row.UpdatedUtc);
            }
            return rows;
        });

    public Task SaveAsync(IReadOnlyList<PlanRow> rows, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return _db.WriteAsync(
            async (c, t) =>
            {
                foreach (var row in rows)
                {
                    await c.CallAsync(new CoveragePlanUpdate(row.CampaignId, row.EstateId, (int)row.PlannedMode, row.PlannedDate, row.UpdatedUtc), t);
                }
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, AuditEntities.CoveragePlan, rows.Count > 0 ? rows[0].EstateId : 0));
    }
}
