using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;

namespace DistrictPortal.Data.Sqlite;

/// <summary>督办 on SQLite: one order per sub-district and week (a unique index), each write audited.</summary>
public sealed class SqliteSupervisionOrderRepository(SqliteConnectionFactory connections) : ISupervisionOrderRepository
{
    public const string EntityType = AuditEntities.SupervisionOrder;

    /// <summary>Core has no constant for it: only orders are closed.</summary>
    public const string CloseAction = AuditActions.Close;

    private const string SelectOrder = """
        SELECT o.Id, o.SubDistrictId, s.Name AS SubDistrictName, o.WeekEnding, o.Reason, o.RaisedUtc, o.ClosedUtc,
               o.CloseNote, o.ClosedByName, o.Version
        FROM SupervisionOrder o
        JOIN Node s ON s.Id = o.SubDistrictId
        """;

    /// <summary>
    /// Raised at <see cref="SupervisionOrder.RaisedUtc"/>, or at the context's time when that is not set. The insert
    /// and its audit are one transaction; a second raise for the week inserts nothing and audits nothing.
    /// Sets <see cref="SupervisionOrder.Id"/> when raised.
    /// </summary>
    public async Task<long?> RaiseOnceAsync(SupervisionOrder order, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(context);
        var reason = WriteGuards.Required(order.Reason, nameof(order), "A supervision order needs a reason.");
        var raisedUtc = order.RaisedUtc == default ? context.AtUtc : order.RaisedUtc;
        var id = await connections.InTransactionAsync(async (connection, transaction) =>
        {
            var node = await NodeStore.GetAsync(connection, transaction, order.SubDistrictId);
            if (node is not { Level: NodeLevel.SubDistrict })
                throw new ArgumentException($"Node {order.SubDistrictId} is not a sub-district: supervision orders are raised on sub-districts.", nameof(order));
            var raised = await connection.ExecuteScalarAsync<long?>(
                """
                INSERT INTO SupervisionOrder (SubDistrictId, WeekEnding, Reason, RaisedUtc, Version)
                VALUES (@SubDistrictId, @WeekEnding, @reason, @raisedUtc, 1)
                ON CONFLICT (SubDistrictId, WeekEnding) DO NOTHING
                RETURNING Id
                """,
                new { order.SubDistrictId, order.WeekEnding, reason, raisedUtc }, transaction);
            if (raised is { } newId)
            {
                await AuditWriter.WriteAsync(connection, transaction, AuditWriter.Entry(
                    context, EntityType, newId, AuditActions.Create, newValue: WriteGuards.Day(order.WeekEnding)));
            }
            return raised;
        }, nameof(SupervisionOrder.WeekEnding));
        if (id is { } raisedId)
            order.Id = raisedId;
        return id;
    }

    public async Task<SupervisionOrder?> GetByIdAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<SupervisionOrder>($"{SelectOrder} WHERE o.Id = @id", new { id });
    }

    /// <summary>Open ones first, then newest raised first (the id breaks ties).</summary>
    public async Task<IReadOnlyList<SupervisionOrder>> ListAsync(string scopePath, bool openOnly = false)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var orders = await connection.QueryAsync<SupervisionOrder>(
            $"""
            {SelectOrder}
            WHERE s.Path >= @scopeFrom AND s.Path < @scopeTo AND (@openOnly = 0 OR o.ClosedUtc IS NULL)
            ORDER BY CASE WHEN o.ClosedUtc IS NULL THEN 0 ELSE 1 END, o.RaisedUtc DESC, o.Id DESC
            """,
            new { scopeFrom, scopeTo, openOnly });
        return orders.AsList();
    }

    /// <summary>A stale version (or no such order) is a conflict; an order already closed is an ArgumentException. Both write nothing.</summary>
    public Task CloseAsync(long id, string note, long expectedVersion, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var closeNote = WriteGuards.Required(note, nameof(note), "Closing a supervision order needs a note.");
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var closed = await connection.ExecuteAsync(
                """
                UPDATE SupervisionOrder
                SET ClosedUtc = @atUtc, CloseNote = @closeNote, ClosedByName = @userName, Version = Version + 1
                WHERE Id = @id AND Version = @expectedVersion AND ClosedUtc IS NULL
                """,
                new { id, expectedVersion, atUtc = context.AtUtc, closeNote, userName = context.UserName }, transaction);
            if (closed != 1)
            {
                var current = await connection.ExecuteScalarAsync<bool>(
                    "SELECT EXISTS (SELECT 1 FROM SupervisionOrder WHERE Id = @id AND Version = @expectedVersion)",
                    new { id, expectedVersion }, transaction);
                throw current
                    ? new ArgumentException($"Supervision order {id} is already closed.", nameof(id))
                    : new ConcurrencyConflictException(EntityType, id);
            }
            await AuditWriter.WriteAsync(connection, transaction, AuditWriter.Entry(
                context, EntityType, id, CloseAction, nameof(SupervisionOrder.CloseNote), null, closeNote));
            return 0;
        }, nameof(SupervisionOrder.WeekEnding));
    }
}
