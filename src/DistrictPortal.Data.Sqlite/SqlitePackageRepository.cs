using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Packages;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Packages of mode 4 and their records on SQLite. Each write goes with its audit (built in Core) in one transaction; the
/// live membership's unique index refuses an estate in two live packages, the version column a stale edit.
/// </summary>
public sealed class SqlitePackageRepository(SqliteConnectionFactory connections) : IPackageRepository
{
    private const string EntityType = AuditEntities.Package;

    private const string SelectPackage = """
        SELECT p.Id, p.SubDistrictId, p.Name, p.CreatedOn, p.DissolvedOn, p.Version, s.Name AS SubDistrictName, s.Path,
               (SELECT COUNT(*) FROM PackageEstate pe WHERE pe.PackageId = p.Id AND pe.Live = 1) AS EstateCount,
               (SELECT IFNULL(SUM(e.Households), 0) FROM PackageEstate pe JOIN Estate e ON e.Id = pe.EstateId
                 WHERE pe.PackageId = p.Id AND pe.Live = 1) AS Households
        FROM Package p
        JOIN Node s ON s.Id = p.SubDistrictId
        """;

    private const string SelectMember = """
        SELECT pe.PackageId, pe.EstateId, pe.Live, n.Name AS EstateName, n.Path, c.Id AS CommunityId, c.Name AS CommunityName, e.Households
        FROM PackageEstate pe
        JOIN Estate e ON e.Id = pe.EstateId
        JOIN Node n ON n.Id = pe.EstateId
        JOIN Node c ON c.Id = n.ParentId
        """;

    public async Task<long> CreateAsync(Package package, IReadOnlyList<long> estateIds, IReadOnlyList<AuditEntry> audit, IReadOnlyList<PackageModeChange> modes)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(modes);
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(EntityType, () => connections.InTransactionAsync(async (c, t) =>
        {
            var newId = await c.ExecuteScalarAsync<long>(
                "INSERT INTO Package (SubDistrictId, Name, CreatedOn, DissolvedOn, Version) VALUES (@SubDistrictId, @Name, @CreatedOn, NULL, 1) RETURNING Id",
                new { package.SubDistrictId, package.Name, package.CreatedOn }, t);
            await c.ExecuteAsync("INSERT INTO PackageEstate (PackageId, EstateId, Live) VALUES (@newId, @estateId, 1)",
                estateIds.Select(estateId => new { newId, estateId }), t);
            await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
            await SetModesAsync(c, t, modes);
            return newId;
        }, nameof(PackageInput.EstateIds)));
        package.Id = id;
        package.Version = 1;
        return id;
    }

    public Task UpdateAsync(long packageId, string name, IReadOnlyList<long> estateIds, long version, IReadOnlyList<AuditEntry> audit, IReadOnlyList<PackageModeChange> modes) =>
        WriteGuards.ForeignKeysAsArgumentErrors(EntityType, () => connections.InTransactionAsync(async (c, t) =>
        {
            await BumpAsync(c, t, packageId, version, "Name = @name", new { packageId, version, name });
            // Taken out: no longer live (kept). Put back or added: live again.
            await c.ExecuteAsync("UPDATE PackageEstate SET Live = 0 WHERE PackageId = @packageId AND Live = 1", new { packageId }, t);
            await c.ExecuteAsync(
                """
                INSERT INTO PackageEstate (PackageId, EstateId, Live) VALUES (@packageId, @estateId, 1)
                ON CONFLICT (PackageId, EstateId) DO UPDATE SET Live = 1
                """,
                estateIds.Select(estateId => new { packageId, estateId }), t);
            await AuditWriter.WriteAsync(c, t, audit);
            await SetModesAsync(c, t, modes);
            return 0;
        }, nameof(PackageInput.EstateIds)));

    /// <summary>The joining estates' mode 4 (Core's PackageJoin), by the registry's own edit: version-checked, with the estate's audit.</summary>
    private static async Task SetModesAsync(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction t, IReadOnlyList<PackageModeChange> modes)
    {
        foreach (var change in modes)
            await SqliteEstateRepository.UpdateAsync(c, t, change.After, change.Audit);
    }

    public Task DissolveAsync(long packageId, DateOnly dissolvedOn, long version, IReadOnlyList<AuditEntry> audit) =>
        connections.InTransactionAsync(async (c, t) =>
        {
            await BumpAsync(c, t, packageId, version, "DissolvedOn = @dissolvedOn", new { packageId, version, dissolvedOn });
            await c.ExecuteAsync("UPDATE PackageEstate SET Live = 0 WHERE PackageId = @packageId", new { packageId }, t);
            await AuditWriter.WriteAsync(c, t, audit);
            return 0;
        }, nameof(Package.Version));

    /// <summary>The package's own change, only at the version read and while it is live.</summary>
    private static async Task BumpAsync(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction t,
        long packageId, long version, string set, object args)
    {
        var updated = await c.ExecuteAsync(
            $"UPDATE Package SET {set}, Version = Version + 1 WHERE Id = @packageId AND Version = @version AND DissolvedOn IS NULL", args, t);
        if (updated != 1)
            throw new ConcurrencyConflictException(EntityType, packageId);
    }

    public Task<long> AddTenderAsync(PackageTender tender, IReadOnlyList<AuditEntry> audit) =>
        AddAsync(tender.PackageId, tender, audit, """
            INSERT INTO PackageTender (PackageId, Date, Bidders, WinnerName, WinnerEnterpriseId, Price, TermStart, TermEnd, RecordedUtc, RecordedByName)
            VALUES (@PackageId, @Date, @Bidders, @WinnerName, @WinnerEnterpriseId, @Price, @TermStart, @TermEnd, @RecordedUtc, @RecordedByName)
            RETURNING Id
            """, id => tender.Id = id, nameof(PackageTender.Date));

    public Task<long> AddSupervisionAsync(PackageSupervision record, IReadOnlyList<AuditEntry> audit) =>
        AddAsync(record.PackageId, record, audit, """
            INSERT INTO PackageSupervision (PackageId, EstateId, Date, Inspector, ProblemFound, Finding, RecordedUtc, RecordedByName)
            VALUES (@PackageId, @EstateId, @Date, @Inspector, @ProblemFound, @Finding, @RecordedUtc, @RecordedByName)
            RETURNING Id
            """, id => record.Id = id, nameof(PackageSupervision.Date));

    public Task<long> AddReviewAsync(PackageReview review, IReadOnlyList<AuditEntry> audit) =>
        AddAsync(review.PackageId, review, audit, """
            INSERT INTO PackageReview (PackageId, EstateId, Year, Quarter, Score, Reviewer, Note, RecordedUtc, RecordedByName)
            VALUES (@PackageId, @EstateId, @Year, @Quarter, @Score, @Reviewer, @Note, @RecordedUtc, @RecordedByName)
            RETURNING Id
            """, id => review.Id = id, nameof(PackageReview.Quarter));

    public Task<long> AddVoteAsync(PackageVote vote, IReadOnlyList<AuditEntry> audit) =>
        AddAsync(vote.PackageId, vote, audit, """
            INSERT INTO PackageVote (PackageId, TenderId, Date, Households, BallotsReturned, VotesForRenewal, RecordedUtc, RecordedByName)
            VALUES (@PackageId, @TenderId, @Date, @Households, @BallotsReturned, @VotesForRenewal, @RecordedUtc, @RecordedByName)
            RETURNING Id
            """, id => vote.Id = id, nameof(PackageVote.Date));

    /// <summary>A record of a live package: the package's version moves on in the same transaction, so a record and a dissolution cannot cross.</summary>
    private async Task<long> AddAsync(long packageId, object row, IReadOnlyList<AuditEntry> audit, string insert, Action<long> setId, string uniqueField)
    {
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(EntityType, () => connections.InTransactionAsync(async (c, t) =>
        {
            var live = await c.ExecuteAsync("UPDATE Package SET Version = Version + 1 WHERE Id = @packageId AND DissolvedOn IS NULL", new { packageId }, t);
            if (live != 1)
                throw new ConcurrencyConflictException(EntityType, packageId);
            var newId = await c.ExecuteScalarAsync<long>(insert, row, t);
            await AuditWriter.WriteAsync(c, t, audit);
            return newId;
        }, uniqueField));
        setId(id);
        return id;
    }

    public async Task<Package?> GetByIdAsync(long id)
    {
        await using var c = await connections.OpenAsync();
        return await c.QuerySingleOrDefaultAsync<Package>($"{SelectPackage} WHERE p.Id = @id", new { id });
    }

    public async Task<IReadOnlyList<Package>> ListInScopeAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var c = await connections.OpenAsync();
        return (await c.QueryAsync<Package>(
            $"""
            {SelectPackage}
            WHERE (s.Path >= @scopeFrom AND s.Path < @scopeTo)
               OR EXISTS (SELECT 1 FROM PackageEstate pe JOIN Node n ON n.Id = pe.EstateId
                          WHERE pe.PackageId = p.Id AND pe.Live = 1 AND n.Path >= @scopeFrom AND n.Path < @scopeTo)
            ORDER BY s.SortOrder, s.Id, CASE WHEN p.DissolvedOn IS NULL THEN 0 ELSE 1 END, p.Id
            """, new { scopeFrom, scopeTo })).AsList();
    }

    public async Task<IReadOnlyList<PackageMember>> ListMembersAsync(long packageId)
    {
        await using var c = await connections.OpenAsync();
        return (await c.QueryAsync<PackageMember>($"{SelectMember} WHERE pe.PackageId = @packageId ORDER BY c.SortOrder, c.Id, n.Id",
            new { packageId })).AsList();
    }

    public async Task<IReadOnlyList<PackageMember>> ListLiveMembersInScopeAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var c = await connections.OpenAsync();
        return (await c.QueryAsync<PackageMember>(
            $"{SelectMember} WHERE pe.Live = 1 AND n.Path >= @scopeFrom AND n.Path < @scopeTo ORDER BY c.SortOrder, c.Id, n.Id",
            new { scopeFrom, scopeTo })).AsList();
    }

    public async Task<IReadOnlyList<PackageTender>> ListTendersAsync(long packageId)
    {
        await using var c = await connections.OpenAsync();
        return (await c.QueryAsync<PackageTender>(
            """
            SELECT Id, PackageId, Date, Bidders, WinnerName, WinnerEnterpriseId, Price, TermStart, TermEnd, RecordedUtc, RecordedByName
            FROM PackageTender WHERE PackageId = @packageId ORDER BY Date DESC, Id DESC
            """, new { packageId })).AsList();
    }

    public async Task<IReadOnlyList<PackageSupervision>> ListSupervisionAsync(long packageId)
    {
        await using var c = await connections.OpenAsync();
        return (await c.QueryAsync<PackageSupervision>(
            """
            SELECT r.Id, r.PackageId, r.EstateId, r.Date, r.Inspector, r.ProblemFound, r.Finding, r.RecordedUtc, r.RecordedByName, n.Name AS EstateName
            FROM PackageSupervision r JOIN Node n ON n.Id = r.EstateId
            WHERE r.PackageId = @packageId ORDER BY r.Date DESC, r.Id DESC
            """, new { packageId })).AsList();
    }

    public async Task<IReadOnlyList<PackageReview>> ListReviewsAsync(long packageId)
    {
        await using var c = await connections.OpenAsync();
        return (await c.QueryAsync<PackageReview>(
            """
            SELECT r.Id, r.PackageId, r.EstateId, r.Year, r.Quarter, r.Score, r.Reviewer, r.Note, r.RecordedUtc, r.RecordedByName, n.Name AS EstateName
            FROM PackageReview r JOIN Node n ON n.Id = r.EstateId
            WHERE r.PackageId = @packageId ORDER BY r.Year DESC, r.Quarter DESC, n.Path, r.Id
            """, new { packageId })).AsList();
    }

    public async Task<IReadOnlyList<PackageVote>> ListVotesAsync(long packageId)
    {
        await using var c = await connections.OpenAsync();
        return (await c.QueryAsync<PackageVote>(
            """
            SELECT Id, PackageId, TenderId, Date, Households, BallotsReturned, VotesForRenewal, RecordedUtc, RecordedByName
            FROM PackageVote WHERE PackageId = @packageId ORDER BY Date DESC, Id DESC
            """, new { packageId })).AsList();
    }
}
