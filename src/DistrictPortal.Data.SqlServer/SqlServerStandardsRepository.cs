using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Standards;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// The service standards and the inspections against them on SQL Server: [dbo].[ServiceStandard_*], [dbo].[Inspection_*]
/// and [dbo].[InspectionValue_*], each write with its audit in one transaction.
/// </summary>
public sealed class SqlServerStandardsRepository(string connectionString) : IServiceStandardRepository, IInspectionRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<IReadOnlyList<ServiceStandard>> ListAsync() =>
        _db.ReadAsync(c => c.CallAsync(new ServiceStandardReadAll()));

    public Task UpdateAsync(ServiceStandard standard, long version, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(standard);
        return _db.WriteAsync(
            async (c, t) =>
            {
                var updated = (await c.CallAsync(new ServiceStandardUpdate(
                    standard.Id, standard.Comparison, standard.Threshold, standard.Modes, standard.IsActive, version), t)).Single().Updated;
                if (updated != 1)
                    throw new ConcurrencyConflictException(AuditEntities.ServiceStandard, standard.Id);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, AuditEntities.ServiceStandard, standard.Id));
    }

    public async Task<long> AddAsync(Inspection inspection, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var id = await _db.WriteAsync(
            async (c, t) =>
            {
                var newId = (await c.CallAsync(InspectionCreate.From(inspection), t)).Single();
                foreach (var v in inspection.Values)
                    await c.CallAsync(InspectionValueCreate.From(newId, v), t);
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                return newId;
            },
            e => SqlErrors.Translate(e, AuditEntities.Inspection, 0));
        inspection.Id = id;
        foreach (var v in inspection.Values)
            v.InspectionId = id;
        return id;
    }

    public Task<IReadOnlyList<Inspection>> ListByEstateAsync(long estateId) =>
        _db.ReadAsync(async c =>
        {
            var list = Utc(await c.CallAsync(new InspectionReadByEstateId(estateId)));
            var values = (await c.CallAsync(new InspectionValueReadByEstateId(estateId))).ToLookup(v => v.InspectionId);
            foreach (var i in list)
                i.Values = values[i.Id].ToList();
            return list;
        });

    public Task<IReadOnlyList<Inspection>> ListLatestInScopeAsync(string scopePath) =>
        _db.ReadAsync(async c => Utc(await c.CallAsync(new InspectionReadLatestByScopePath(scopePath ?? ""))));

    public Task<IReadOnlyList<InspectionValue>> ListLatestValuesInScopeAsync(string scopePath) =>
        _db.ReadAsync(c => c.CallAsync(new InspectionValueReadLatestByScopePath(scopePath ?? "")));

    private static IReadOnlyList<Inspection> Utc(IReadOnlyList<Inspection> rows)
    {
        foreach (var row in rows)
            row.RecordedUtc = AuditWriter.AsUtc(row.RecordedUtc);
        return rows;
    }
}
