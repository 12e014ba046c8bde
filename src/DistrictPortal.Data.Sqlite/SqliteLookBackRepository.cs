using System.Data;
using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.LookBacks;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Look-backs and the strike-off evidence rules on SQLite. A look-back and, for a relapse, the registry write of the
/// estate go in one transaction with their audit; the relapse is written only while the estate is still struck off on
/// the date the look-back checked (otherwise a conflict, nothing written).
/// </summary>
public sealed class SqliteLookBackRepository(SqliteConnectionFactory connections) : ILookBackRepository, IStrikeOffEvidenceRepository
{
    public const string EntityType = AuditEntities.LookBack;

    private const string SelectLookBack = """
        SELECT l.Id, l.EstateId, l.Date, l.Inspector, l.InspectedBy AS By, l.SixHaves, l.Passed, l.Note, l.StruckOffDate, l.Relapsed,
               l.RecordedUtc, l.RecordedByUserId, l.RecordedByName, n.Name AS EstateName, n.Path, IFNULL(s.Id, 0) AS SubDistrictId
        FROM LookBack l
        JOIN Node n ON n.Id = l.EstateId
        JOIN Node c ON c.Id = n.ParentId
        LEFT JOIN Node s ON s.Id = c.ParentId
        """;

    public async Task<long> AddAsync(LookBack lookBack, RegistryUpdate? relapse, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(lookBack);
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(EntityType, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            if (relapse is not null)
                await RelapseAsync(connection, transaction, relapse, lookBack.StruckOffDate);
            var newId = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO LookBack (EstateId, Date, Inspector, InspectedBy, SixHaves, Passed, Note, StruckOffDate, Relapsed,
                                      RecordedUtc, RecordedByUserId, RecordedByName)
                VALUES (@EstateId, @Date, @Inspector, @By, @SixHaves, @Passed, @Note, @StruckOffDate, @Relapsed,
                        @RecordedUtc, @RecordedByUserId, @RecordedByName)
                RETURNING Id
                """,
                new
                {
                    lookBack.EstateId, lookBack.Date, lookBack.Inspector, By = (int)lookBack.By, SixHaves = (int)lookBack.SixHaves,
                    lookBack.Passed, lookBack.Note, lookBack.StruckOffDate, lookBack.Relapsed, lookBack.RecordedUtc,
                    lookBack.RecordedByUserId, lookBack.RecordedByName,
                }, transaction);
            await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, nameof(LookBack.EstateId)));
        lookBack.Id = id;
        return id;
    }

    /// <summary>The estate back on the list, only if the registry still holds the strike-off the look-back checked.</summary>
    private static async Task RelapseAsync(IDbConnection connection, IDbTransaction transaction, RegistryUpdate relapse, DateOnly struckOffDate)
    {
        var updated = await connection.ExecuteAsync(
            """
            UPDATE Estate SET Status = @Status, Mode = @Mode, SixHaves = @SixHaves, StruckOffDate = NULL, Version = Version + 1
            WHERE Id = @EstateId AND StruckOffDate = @struckOffDate
            """,
            new { relapse.EstateId, Status = (int)relapse.Status, Mode = (int)relapse.Mode, SixHaves = (int)relapse.SixHaves, struckOffDate },
            transaction);
        if (updated != 1)
            throw new ConcurrencyConflictException(AuditEntities.Estate, relapse.EstateId);
    }

    public async Task<LookBack?> GetByIdAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<LookBack>($"{SelectLookBack} WHERE l.Id = @id", new { id });
    }

    public async Task<IReadOnlyList<LookBack>> ListByEstateAsync(long estateId)
    {
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<LookBack>($"{SelectLookBack} WHERE l.EstateId = @estateId ORDER BY l.Date DESC, l.Id DESC",
            new { estateId })).AsList();
    }

    public async Task<IReadOnlyList<LookBack>> ListInScopeAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<LookBack>(
            $"{SelectLookBack} WHERE n.Path >= @scopeFrom AND n.Path < @scopeTo AND n.IsRetired = 0 ORDER BY l.Date DESC, l.Id DESC",
            new { scopeFrom, scopeTo })).AsList();
    }

    /// <summary>
    /// From the struck-off estates (IX_Estate_StruckOff, 0024; CROSS JOIN keeps Estate first) to their nodes in scope,
    /// not from every estate of the scope: the league reads this for every week it builds.
    /// </summary>
    public async Task<IReadOnlyList<StruckOffEstate>> ListStruckOffInScopeAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<StruckOffEstate>(
            """
            SELECT e.Id AS EstateId, n.Name AS EstateName, n.Path, c.Id AS CommunityId, c.Name AS CommunityName,
                   IFNULL(s.Id, 0) AS SubDistrictId, IFNULL(s.Name, '') AS SubDistrictName,
                   e.Status, e.Mode, e.SixHaves, e.StruckOffDate
            FROM Estate e
            CROSS JOIN Node n ON n.Id = e.Id
            JOIN Node c ON c.Id = n.ParentId
            LEFT JOIN Node s ON s.Id = c.ParentId
            WHERE n.Path >= @scopeFrom AND n.Path < @scopeTo AND n.IsRetired = 0 AND e.StruckOffDate IS NOT NULL
            ORDER BY s.SortOrder, s.Id, c.SortOrder, c.Id, n.Id
            """,
            new { scopeFrom, scopeTo })).AsList();
    }

    public async Task<IReadOnlyList<StrikeOffEvidenceRule>> ListAsync()
    {
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<StrikeOffEvidenceRule>("SELECT Mode, Document FROM StrikeOffEvidenceRule ORDER BY Mode")).AsList();
    }

    public Task SaveAsync(ManagementMode mode, string? document, IReadOnlyList<AuditEntry> audit) =>
        connections.InTransactionAsync(async (connection, transaction) =>
        {
            if (document is null)
                await connection.ExecuteAsync("DELETE FROM StrikeOffEvidenceRule WHERE Mode = @mode", new { mode = (int)mode }, transaction);
            else
                await connection.ExecuteAsync(
                    """
                    INSERT INTO StrikeOffEvidenceRule (Mode, Document) VALUES (@mode, @document)
                    ON CONFLICT (Mode) DO UPDATE SET Document = excluded.Document
                    """,
                    new { mode = (int)mode, document }, transaction);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(StrikeOffEvidenceRule.Mode));

    public async Task<IReadOnlyList<long>> ListEstatesWithEvidenceAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<long>(
            """
            SELECT DISTINCT a.NodeId
            FROM Attachment a
            JOIN Node n ON n.Id = a.NodeId
            WHERE a.OwnerKind IN (@estate, @returnRow) AND n.Path >= @scopeFrom AND n.Path < @scopeTo AND n.IsRetired = 0
            ORDER BY a.NodeId
            """,
            new
            {
                estate = (int)Core.Attachments.AttachmentOwnerKind.Estate, returnRow = (int)Core.Attachments.AttachmentOwnerKind.ReturnRow,
                scopeFrom, scopeTo,
            })).AsList();
    }
}
