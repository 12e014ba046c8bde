using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Packages;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// Packages of mode 4 and their records on SQL Server: [dbo].[Package_*] and its children's procedures, each write with
/// its audit in one transaction. The procedures refuse a stale version or a dissolved package (50409) and the unique
/// indexes an estate in two live packages, a second review of a quarter, a second vote on a tender.
/// </summary>
public sealed class SqlServerPackageRepository(string connectionString) : IPackageRepository
{
    private const string EntityType = AuditEntities.Package;

    private readonly SqlServerDatabase _db = new(connectionString);

    public async Task<long> CreateAsync(Package package, IReadOnlyList<long> estateIds, IReadOnlyList<AuditEntry> audit, IReadOnlyList<PackageModeChange> modes)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(modes);
        var id = await _db.WriteAsync(
            async (c, t) =>
            {
                var newId = (await c.CallAsync(new PackageCreate(package.SubDistrictId, package.Name, package.CreatedOn, Ids(estateIds)), t)).Single();
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                await SetModesAsync(c, t, modes);
                return newId;
            },
            e => Translate(e, 0, nameof(PackageInput.EstateIds)));
        package.Id = id;
        package.Version = 1;
        return id;
    }

    public Task UpdateAsync(long packageId, string name, IReadOnlyList<long> estateIds, long version, IReadOnlyList<AuditEntry> audit, IReadOnlyList<PackageModeChange> modes) =>
        _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new PackageUpdate(packageId, name, Ids(estateIds), version), t);
                await AuditWriter.WriteAsync(c, t, audit);
                await SetModesAsync(c, t, modes);
            },
            e => Translate(e, packageId, nameof(PackageInput.EstateIds)));

    /// <summary>The joining estates' mode 4 (Core's PackageJoin), by the registry's own edit ([dbo].[Estate_Update], version-checked).</summary>
    private static async Task SetModesAsync(SqlConnection c, SqlTransaction t, IReadOnlyList<PackageModeChange> modes)
    {
        foreach (var change in modes)
            await SqlServerEstateRepository.UpdateAsync(c, t, change.After, Names.Clean(change.After.Name, nameof(modes)), change.Audit);
    }

    public Task DissolveAsync(long packageId, DateOnly dissolvedOn, long version, IReadOnlyList<AuditEntry> audit) =>
        _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new PackageDissolve(packageId, dissolvedOn, version), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => Translate(e, packageId, nameof(Package.Version)));

    public async Task<long> AddTenderAsync(PackageTender tender, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(tender);
        tender.Id = await AddAsync(tender.PackageId, PackageTenderCreate.From(tender), audit, nameof(PackageTender.Date));
        return tender.Id;
    }

    public async Task<long> AddSupervisionAsync(PackageSupervision record, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Id = await AddAsync(record.PackageId, PackageSupervisionCreate.From(record), audit, nameof(PackageSupervision.Date));
        return record.Id;
    }

    public async Task<long> AddReviewAsync(PackageReview review, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(review);
        review.Id = await AddAsync(review.PackageId, PackageReviewCreate.From(review), audit, nameof(PackageReview.Quarter));
        return review.Id;
    }

    public async Task<long> AddVoteAsync(PackageVote vote, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(vote);
        vote.Id = await AddAsync(vote.PackageId, PackageVoteCreate.From(vote), audit, nameof(PackageVote.Date));
        return vote.Id;
    }

    private Task<long> AddAsync(long packageId, IQuery<long> call, IReadOnlyList<AuditEntry> audit, string uniqueField) =>
        _db.WriteAsync(
            async (c, t) =>
            {
                var newId = (await c.CallAsync(call, t)).Single();
                await AuditWriter.WriteAsync(c, t, audit);
                return newId;
            },
            e => Translate(e, packageId, uniqueField));

    public Task<Package?> GetByIdAsync(long id) =>
        _db.ReadAsync(async c => (await c.CallAsync(new PackageReadById(id))).SingleOrDefault());

    public Task<IReadOnlyList<Package>> ListInScopeAsync(string scopePath) =>
        _db.ReadAsync(c => c.CallAsync(new PackageReadByScopePath(scopePath ?? "")));

    public Task<IReadOnlyList<PackageMember>> ListMembersAsync(long packageId) =>
        _db.ReadAsync(c => c.CallAsync(new PackageEstateReadByPackageId(packageId)));

    public Task<IReadOnlyList<PackageMember>> ListLiveMembersInScopeAsync(string scopePath) =>
        _db.ReadAsync(c => c.CallAsync(new PackageEstateReadLiveByScopePath(scopePath ?? "")));

    public Task<IReadOnlyList<PackageTender>> ListTendersAsync(long packageId) =>
        _db.ReadAsync(async c => Utc(await c.CallAsync(new PackageTenderReadByPackageId(packageId)), t => t.RecordedUtc = AuditWriter.AsUtc(t.RecordedUtc)));

    public Task<IReadOnlyList<PackageSupervision>> ListSupervisionAsync(long packageId) =>
        _db.ReadAsync(async c => Utc(await c.CallAsync(new PackageSupervisionReadByPackageId(packageId)), r => r.RecordedUtc = AuditWriter.AsUtc(r.RecordedUtc)));

    public Task<IReadOnlyList<PackageReview>> ListReviewsAsync(long packageId) =>
        _db.ReadAsync(async c => Utc(await c.CallAsync(new PackageReviewReadByPackageId(packageId)), r => r.RecordedUtc = AuditWriter.AsUtc(r.RecordedUtc)));

    public Task<IReadOnlyList<PackageVote>> ListVotesAsync(long packageId) =>
        _db.ReadAsync(async c => Utc(await c.CallAsync(new PackageVoteReadByPackageId(packageId)), v => v.RecordedUtc = AuditWriter.AsUtc(v.RecordedUtc)));

    private static Exception? Translate(SqlException e, long id, string uniqueField) => SqlErrors.Translate(e, EntityType, id, uniqueField, "");

    private static string Ids(IReadOnlyList<long> ids) => string.Join(",", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static IReadOnlyList<T> Utc<T>(IReadOnlyList<T> rows, Action<T> utc)
    {
        foreach (var row in rows)
            utc(row);
        return rows;
    }
}
