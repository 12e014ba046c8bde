using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.LookBacks;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// Look-backs and the strike-off evidence rules on SQL Server: [dbo].[LookBack_*], [dbo].[StrikeOffEvidenceRule_*] and
/// the registry's relapse write ([dbo].[Estate_UpdateRelapse]), each write with its audit in one transaction.
/// </summary>
public sealed class SqlServerLookBackRepository(string connectionString) : ILookBackRepository, IStrikeOffEvidenceRepository
{
    public const string EntityType = AuditEntities.LookBack;

    private readonly SqlServerDatabase _db = new(connectionString);

    public async Task<long> AddAsync(LookBack lookBack, RegistryUpdate? relapse, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(lookBack);
        var id = await _db.WriteAsync(
            async (c, t) =>
            {
                if (relapse is not null
                    && (await c.CallAsync(new EstateUpdateRelapse(relapse.EstateId, relapse.Status, relapse.Mode, relapse.SixHaves, lookBack.StruckOffDate), t))
                        .Single().Updated != 1)
                {
                    throw new ConcurrencyConflictException(AuditEntities.Estate, relapse.EstateId);
                }
                var newId = (await c.CallAsync(LookBackCreate.From(lookBack), t)).Single();
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                return newId;
            },
            e => SqlErrors.Translate(e, EntityType, 0));
        lookBack.Id = id;
        return id;
    }

    public Task<LookBack?> GetByIdAsync(long id) =>
        _db.ReadAsync(async c => Utc((await c.CallAsync(new LookBackReadById(id))).SingleOrDefault()));

    public Task<IReadOnlyList<LookBack>> ListByEstateAsync(long estateId) =>
        _db.ReadAsync(async c => Utc(await c.CallAsync(new LookBackReadByEstateId(estateId))));

    public Task<IReadOnlyList<LookBack>> ListInScopeAsync(string scopePath) =>
        _db.ReadAsync(async c => Utc(await c.CallAsync(new LookBackReadByScopePath(scopePath ?? ""))));

    public Task<IReadOnlyList<StruckOffEstate>> ListStruckOffInScopeAsync(string scopePath) =>
        _db.ReadAsync(c => c.CallAsync(new EstateReadStruckOffByScopePath(scopePath ?? "")));

    public Task<IReadOnlyList<StrikeOffEvidenceRule>> ListAsync() =>
        _db.ReadAsync(c => c.CallAsync(new StrikeOffEvidenceRuleReadAll()));

    public Task SaveAsync(ManagementMode mode, string? document, IReadOnlyList<AuditEntry> audit) =>
        _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new StrikeOffEvidenceRuleUpdate(mode, document), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, AuditEntities.StrikeOffEvidenceRule, (long)mode));

    public Task<IReadOnlyList<long>> ListEstatesWithEvidenceAsync(string scopePath) =>
        _db.ReadAsync(c => c.CallAsync(new AttachmentReadEvidenceEstateIdsByScopePath(scopePath ?? "")));

    private static LookBack? Utc(LookBack? lookBack)
    {
        if (lookBack is not null)
        {
            lookBack.RecordedUtc = AuditWriter.AsUtc(lookBack.RecordedUtc);
        }
        return lookBack;
    }

    private static IReadOnlyList<LookBack> Utc(IReadOnlyList<LookBack> rows)
    {
        foreach (var row in rows)
        {
            Utc(row);
        }
        return rows;
    }
}
