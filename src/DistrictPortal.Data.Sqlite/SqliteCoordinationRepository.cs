using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Coordination;

namespace DistrictPortal.Data.Sqlite;

/// <summary>Member units and coordination items on SQLite; each write with its audit in one transaction, items version-checked.</summary>
public sealed class SqliteCoordinationRepository(SqliteConnectionFactory connections) : ICoordinationRepository
{
    private const string SelectItem = """
        SELECT i.Id, i.SubDistrictId, s.Name AS SubDistrictName, i.EstateId, i.EstateName, i.WeeklyReturnId, i.WeekEnding, i.Ask, i.Status,
               i.MemberUnitId, u.Name AS MemberUnitName, i.CreatedUtc, i.CreatedByName, i.AssignedUtc, i.ClosedUtc, i.Version
        FROM CoordinationItem i
        JOIN Node s ON s.Id = i.SubDistrictId
        LEFT JOIN MemberUnit u ON u.Id = i.MemberUnitId
        """;

    public async Task<IReadOnlyList<MemberUnit>> ListUnitsAsync()
    {
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<MemberUnit>("SELECT Id, Name, IsRetired FROM MemberUnit ORDER BY IsRetired, Id")).AsList();
    }

    public Task<long> CreateUnitAsync(MemberUnit unit, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var id = await connection.ExecuteScalarAsync<long>(
                "INSERT INTO MemberUnit (Name, IsRetired) VALUES (@Name, @IsRetired) RETURNING Id", new { unit.Name, unit.IsRetired }, transaction);
            await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, id));
            unit.Id = id;
            return id;
        }, nameof(MemberUnit.Name));
    }

    public Task UpdateUnitAsync(MemberUnit unit, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync("UPDATE MemberUnit SET Name = @Name, IsRetired = @IsRetired WHERE Id = @Id", new { unit.Id, unit.Name, unit.IsRetired }, transaction);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(MemberUnit.Name));
    }

    public async Task<IReadOnlyList<CoordinationAsk>> ListAsksAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        // Each estate's row in its newest accepted return (Status 4), kept when it asks something of the district.
        var asks = await connection.QueryAsync<CoordinationAsk>(
            """
            SELECT r.WeeklyReturnId, w.SubDistrictId, s.Name AS SubDistrictName, w.WeekEnding, r.EstateId, r.EstateName, r.HelpAsked
            FROM ReturnRow r
            JOIN WeeklyReturn w ON w.Id = r.WeeklyReturnId
            JOIN Node s ON s.Id = w.SubDistrictId
            WHERE w.Status = 4 AND s.Path >= @scopeFrom AND s.Path < @scopeTo
              AND r.HelpAsked IS NOT NULL AND TRIM(r.HelpAsked) <> ''
              AND w.WeekEnding = (SELECT MAX(w2.WeekEnding) FROM ReturnRow r2 JOIN WeeklyReturn w2 ON w2.Id = r2.WeeklyReturnId
                                  WHERE r2.EstateId = r.EstateId AND w2.Status = 4)
            ORDER BY s.Path, r.EstateName
            """,
            new { scopeFrom, scopeTo });
        return asks.AsList();
    }

    public async Task<long> CreateItemAsync(CoordinationItem item, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(item);
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(AuditEntities.CoordinationItem, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            var newId = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO CoordinationItem (SubDistrictId, EstateId, EstateName, WeeklyReturnId, WeekEnding, Ask, Status, MemberUnitId,
                                              CreatedUtc, CreatedByName, Version)
                VALUES (@SubDistrictId, @EstateId, @EstateName, @WeeklyReturnId, @WeekEnding, @Ask, @Status, @MemberUnitId,
                        @CreatedUtc, @CreatedByName, 1)
                RETURNING Id
                """,
                new
                {
                    item.SubDistrictId, item.EstateId, item.EstateName, item.WeeklyReturnId, item.WeekEnding, item.Ask, Status = (int)item.Status,
                    item.MemberUnitId, item.CreatedUtc, item.CreatedByName,
                }, transaction);
            await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, nameof(CoordinationItem.WeeklyReturnId)));
        item.Id = id;
        return id;
    }

    public async Task<CoordinationItem?> GetItemAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        var item = await connection.QuerySingleOrDefaultAsync<CoordinationItem>($"{SelectItem} WHERE i.Id = @id", new { id });
        if (item is not null)
        {
            item.Replies = (await connection.QueryAsync<CoordinationReply>(
                "SELECT Id, ItemId, RepliedOn, Text, IsClosing, RecordedUtc, RecordedByName FROM CoordinationReply WHERE ItemId = @id ORDER BY Id",
                new { id })).AsList();
        }
        return item;
    }

    public async Task<IReadOnlyList<CoordinationItem>> ListItemsAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var items = await connection.QueryAsync<CoordinationItem>(
            $"""
            {SelectItem}
            WHERE s.Path >= @scopeFrom AND s.Path < @scopeTo
            ORDER BY CASE WHEN i.Status = 3 THEN 1 ELSE 0 END, i.WeekEnding DESC, i.Id DESC
            """,
            new { scopeFrom, scopeTo });
        return items.AsList();
    }

    public Task UpdateItemAsync(CoordinationItem item, CoordinationReply? reply, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(item);
        return WriteGuards.ForeignKeysAsArgumentErrors(AuditEntities.CoordinationItem, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(
                """
                UPDATE CoordinationItem
                SET Status = @Status, MemberUnitId = @MemberUnitId, AssignedUtc = @AssignedUtc, ClosedUtc = @ClosedUtc, Version = Version + 1
                WHERE Id = @Id AND Version = @Version
                """,
                new { item.Id, Status = (int)item.Status, item.MemberUnitId, item.AssignedUtc, item.ClosedUtc, item.Version }, transaction);
            if (changed != 1)
                throw new ConcurrencyConflictException(AuditEntities.CoordinationItem, item.Id);
            if (reply is not null)
            {
                reply.Id = await connection.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO CoordinationReply (ItemId, RepliedOn, Text, IsClosing, RecordedUtc, RecordedByName)
                    VALUES (@ItemId, @RepliedOn, @Text, @IsClosing, @RecordedUtc, @RecordedByName)
                    RETURNING Id
                    """,
                    new { ItemId = item.Id, reply.RepliedOn, reply.Text, reply.IsClosing, reply.RecordedUtc, reply.RecordedByName }, transaction);
            }
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(CoordinationItem.WeeklyReturnId)));
    }
}
