using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Enterprises;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>Property service contracts on SQL Server: [dbo].[ServiceContract_*]; each write with its audit in one transaction, the end version-checked (50409).</summary>
public sealed class SqlServerContractRepository(string connectionString) : IContractRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<ServiceContract?> GetAsync(long id) =>
        _db.ReadAsync(async c => Utc((await c.CallAsync(new ServiceContractReadById(id))).SingleOrDefault()));

    public Task<IReadOnlyList<ServiceContract>> ListForEstateAsync(long estateId) =>
        _db.ReadAsync(async c => Utc(await c.CallAsync(new ServiceContractReadByEstateId(estateId))));

    public Task<IReadOnlyList<ServiceContract>> ListForEnterpriseAsync(long enterpriseId, string scopePath) =>
        _db.ReadAsync(async c => Utc(await c.CallAsync(new ServiceContractReadByEnterpriseId(enterpriseId, scopePath ?? ""))));

    public Task<IReadOnlyList<ServiceContract>> ListInScopeAsync(string scopePath) =>
        _db.ReadAsync(async c => Utc(await c.CallAsync(new ServiceContractReadByScopePath(scopePath ?? ""))));

    public async Task<long> CreateAsync(ServiceContract contract, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var id = await _db.WriteAsync(
            async (c, t) =>
            {
                var newId = (await c.CallAsync(ServiceContractCreate.From(contract), t)).Single();
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                return newId;
            },
            e => SqlErrors.Translate(e, AuditEntities.ServiceContract, 0));
        contract.Id = id;
        return id;
    }

    public Task EndAsync(ServiceContract contract, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new ServiceContractUpdateEnd(contract.Id, contract.EndedOn, contract.Version), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, AuditEntities.ServiceContract, contract.Id));
    }

    private static ServiceContract? Utc(ServiceContract? contract)
    {
        if (contract is not null)
            contract.CreatedUtc = AuditWriter.AsUtc(contract.CreatedUtc);
        return contract;
    }

    private static IReadOnlyList<ServiceContract> Utc(IReadOnlyList<ServiceContract> contracts)
    {
        foreach (var contract in contracts)
            Utc(contract);
        return contracts;
    }
}
