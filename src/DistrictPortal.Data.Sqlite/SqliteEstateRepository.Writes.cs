using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

public sealed partial class SqliteEstateRepository
{
    public Task<long> CreateAsync(Estate estate, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(estate);
        ArgumentNullException.ThrowIfNull(audit);
        return connections.InTransactionAsync(
            (connection, transaction) => InsertAsync(connection, transaction, estate, audit), nameof(Estate.Name));
    }

    public Task UpdateAsync(Estate estate, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(estate);
        ArgumentNullException.ThrowIfNull(audit);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            await UpdateAsync(connection, transaction, estate, audit);
            return 0;
        }, nameof(Estate.Name));
    }

    public Task<IReadOnlyList<long>> ImportAsync(EstateImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        // The same statements as one create or one edit, all inside one transaction: the first failure rolls back every row.
        return connections.InTransactionAsync<IReadOnlyList<long>>(async (connection, transaction) =>
        {
            // The confirmation's claim first: BEGIN IMMEDIATE holds the file's write lock, so a second claim of the
            // same key (this server or another process) finds the row and writes nothing.
            if (import.Confirmation is { } confirmation)
            {
                await connection.ExecuteAsync("DELETE FROM ImportConfirmation WHERE ConfirmedUtc < @ForgetBeforeUtc", confirmation, transaction);
                if (await connection.ExecuteAsync(
                        "INSERT OR IGNORE INTO ImportConfirmation (ConfirmationKey, ConfirmedUtc) VALUES (@Key, @ConfirmedUtc)",
                        confirmation, transaction) == 0)
                    throw new ImportAlreadyConfirmedException(confirmation.Key);
            }
            foreach (var change in import.Changed)
                await UpdateAsync(connection, transaction, change.After, change.Audit);
            var ids = new List<long>(import.Added.Count);
            foreach (var added in import.Added)
                ids.Add(await InsertAsync(connection, transaction, added.Estate, added.Audit));
            return ids;
        }, nameof(Estate.Name));
    }

    public async Task<bool> IsImportConfirmedAsync(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await connections.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM ImportConfirmation WHERE ConfirmationKey = @key", new { key }) > 0;
    }

    /// <summary>
    /// The estate's node and registry row. That the parent is a live community is Core's rule (EstateService); an unknown
    /// parent is the store's (NodeStore refuses it, as SQL Server's foreign key does).
    /// </summary>
    private static async Task<long> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, Estate estate, IReadOnlyList<AuditEntry> audit)
    {
        var node = await NodeStore.InsertAsync(
            connection, transaction, estate.CommunityId, NodeLevel.Estate, estate.Name.Trim());
        await connection.ExecuteAsync(
            """
            INSERT INTO Estate (Id, Address, YearBuilt, IsCompleteSet, Buildings, Households, FloorArea,
                                ManagementRoomArea, IsManagementRoomInterim, Class, Status, Mode, IsPilot,
                                IsBenchmark, SixHaves, EightHaves, Version)
            VALUES (@Id, @Address, @YearBuilt, @IsCompleteSet, @Buildings, @Households, @FloorArea,
                    @ManagementRoomArea, @IsManagementRoomInterim, @Class, @Status, @Mode, @IsPilot,
                    @IsBenchmark, @SixHaves, @EightHaves, 1)
            """,
            Facts(estate, node.Id), transaction);
        await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, node.Id));
        return node.Id;
    }

    /// <summary>The registry edit inside a caller's transaction: also the mode a package sets as an estate joins it (SqlitePackageRepository).</summary>
    internal static async Task UpdateAsync(SqliteConnection connection, SqliteTransaction transaction, Estate estate, IReadOnlyList<AuditEntry> audit)
    {
        var current = await connection.QuerySingleOrDefaultAsync<(long? ParentId, string Name, long Version)>(
            "SELECT n.ParentId, n.Name, e.Version FROM Estate e JOIN Node n ON n.Id = e.Id WHERE e.Id = @Id",
            new { estate.Id }, transaction);
        if (current.Name is null || current.Version != estate.Version)
            throw new ConcurrencyConflictException(EstateAudit.EntityType, estate.Id);

        var name = estate.Name.Trim();
        if (name != current.Name)
        {
            await NodeStore.EnsureNameFreeAsync(connection, transaction, current.ParentId, name, exceptId: estate.Id);
            await connection.ExecuteAsync(
                "UPDATE Node SET Name = @name, Version = Version + 1 WHERE Id = @Id",
                new { name, estate.Id }, transaction);
        }

        // The community is not a registry fact: changing it is a move of the node (INodeRepository.MoveAsync).
        var parameters = Facts(estate, estate.Id);
        parameters.Add("Version", estate.Version);
        var updated = await connection.ExecuteAsync(
            """
            UPDATE Estate
            SET Address = @Address, YearBuilt = @YearBuilt, IsCompleteSet = @IsCompleteSet,
                Buildings = @Buildings, Households = @Households, FloorArea = @FloorArea,
                ManagementRoomArea = @ManagementRoomArea, IsManagementRoomInterim = @IsManagementRoomInterim,
                Class = @Class, Status = @Status, Mode = @Mode, IsPilot = @IsPilot, IsBenchmark = @IsBenchmark,
                SixHaves = @SixHaves, EightHaves = @EightHaves, Version = Version + 1
            WHERE Id = @Id AND Version = @Version
            """,
            parameters, transaction);
        if (updated != 1)
            throw new ConcurrencyConflictException(EstateAudit.EntityType, estate.Id);

        await AuditWriter.WriteAsync(connection, transaction, audit);
    }

    /// <summary>The registry facts as parameters; the read-only context (names, path) is never written.</summary>
    private static DynamicParameters Facts(Estate estate, long id)
    {
        var parameters = new DynamicParameters();
        parameters.Add("Id", id);
        parameters.Add("Address", estate.Address);
        parameters.Add("YearBuilt", estate.YearBuilt);
        parameters.Add("IsCompleteSet", estate.IsCompleteSet);
        parameters.Add("Buildings", estate.Buildings);
        parameters.Add("Households", estate.Households);
        parameters.Add("FloorArea", estate.FloorArea);
        parameters.Add("ManagementRoomArea", estate.ManagementRoomArea);
        parameters.Add("IsManagementRoomInterim", estate.IsManagementRoomInterim);
        parameters.Add("Class", (int)estate.Class);
        parameters.Add("Status", (int)estate.Status);
        parameters.Add("Mode", (int)estate.Mode);
        parameters.Add("IsPilot", estate.IsPilot);
        parameters.Add("IsBenchmark", estate.IsBenchmark);
        parameters.Add("SixHaves", (int)estate.SixHaves);
        parameters.Add("EightHaves", (int)estate.EightHaves);
        return parameters;
    }
}
