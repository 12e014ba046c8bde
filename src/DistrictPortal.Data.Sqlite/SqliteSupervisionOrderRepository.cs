using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Notifications;

namespace DistrictPortal.Data.Sqlite;

/// <summary>督办 on SQLite: one order per sub-district and week (a unique index), each write audited.</summary>
public sealed class SqliteSupervisionOrderRepository(SqliteConnectionFactory connections) : ISupervisionOrderRepository
{
    public const string EntityType = AuditEntities.SupervisionOrder;

    private const string SelectOrder = """
        SELECT o.Id, o.SubDistrictId, s.Name AS SubDistrictName, o.WeekEnding, o.Reason, o.RaisedUtc, o.ClosedUtc,
               o.CloseNote, o.ClosedByName, o.Version, o.Origin, o.SubjectKind, o.SubjectId, subject.Name AS SubjectName,
               o.RequiredAction, o.Deadline, o.RaisedByName, o.Status, o.Answer, o.AnsweredUtc, o.AnsweredByName,
               o.SendBackReason, o.SentBackUtc, o.EscalationLevel, o.EscalatedUtc
        FROM SupervisionOrder o
        JOIN Node s ON s.Id = o.SubDistrictId
        LEFT JOIN Node subject ON o.SubjectKind = 2 AND subject.Id = o.SubjectId
        """;

    /// <summary>The insert and its audit are one transaction; a second raise for the week inserts nothing and audits nothing.</summary>
    public async Task<long?> RaiseOnceAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(order);
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(EntityType, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            var raised = await connection.ExecuteScalarAsync<long?>(
                """
                INSERT INTO SupervisionOrder (SubDistrictId, WeekEnding, Reason, RaisedUtc, Version)
                VALUES (@SubDistrictId, @WeekEnding, @Reason, @RaisedUtc, 1)
                ON CONFLICT (SubDistrictId, WeekEnding) WHERE Origin = 1 DO NOTHING
                RETURNING Id
                """,
                new { order.SubDistrictId, order.WeekEnding, order.Reason, order.RaisedUtc }, transaction);
            if (raised is { } newId)
                await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, newId));
            return raised;
        }, nameof(SupervisionOrder.WeekEnding)));
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

    /// <summary>A stale version, no such order or one already closed is a conflict, and nothing is written.</summary>
    public Task CloseAsync(SupervisionOrder closed, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(closed);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(
                """
                UPDATE SupervisionOrder
                SET ClosedUtc = @ClosedUtc, CloseNote = @CloseNote, ClosedByName = @ClosedByName, Version = Version + 1
                WHERE Id = @Id AND Version = @Version AND ClosedUtc IS NULL
                """,
                new { closed.Id, closed.Version, closed.ClosedUtc, closed.CloseNote, closed.ClosedByName }, transaction);
            if (changed != 1)
                throw new ConcurrencyConflictException(EntityType, closed.Id);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(SupervisionOrder.WeekEnding));
    }

    public async Task<long> RaiseByHandAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(order);
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(EntityType, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            var newId = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO SupervisionOrder (SubDistrictId, WeekEnding, Reason, RaisedUtc, Version, Origin, SubjectKind, SubjectId,
                                              RequiredAction, Deadline, RaisedByName, Status)
                VALUES (@SubDistrictId, @WeekEnding, @Reason, @RaisedUtc, 1, 2, @SubjectKind, @SubjectId,
                        @RequiredAction, @Deadline, @RaisedByName, @Status)
                RETURNING Id
                """,
                new
                {
                    order.SubDistrictId, order.WeekEnding, order.Reason, order.RaisedUtc, SubjectKind = (int)order.SubjectKind, order.SubjectId,
                    order.RequiredAction, order.Deadline, order.RaisedByName, Status = (int)order.Status,
                }, transaction);
            await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, nameof(SupervisionOrder.WeekEnding)));
        order.Id = id;
        return id;
    }

    /// <summary>A stale version, no such order or one already closed is a conflict, and nothing is written.</summary>
    public Task UpdateStateAsync(SupervisionOrder changed, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var updated = await connection.ExecuteAsync(
                """
                UPDATE SupervisionOrder
                SET Status = @Status, Answer = @Answer, AnsweredUtc = @AnsweredUtc, AnsweredByName = @AnsweredByName,
                    SendBackReason = @SendBackReason, SentBackUtc = @SentBackUtc, EscalationLevel = @EscalationLevel,
                    EscalatedUtc = @EscalatedUtc, Version = Version + 1
                WHERE Id = @Id AND Version = @Version AND ClosedUtc IS NULL
                """,
                new
                {
                    changed.Id, changed.Version, Status = (int)changed.Status, changed.Answer, changed.AnsweredUtc, changed.AnsweredByName,
                    changed.SendBackReason, changed.SentBackUtc, EscalationLevel = (int)changed.EscalationLevel, changed.EscalatedUtc,
                }, transaction);
            if (updated != 1)
                throw new ConcurrencyConflictException(EntityType, changed.Id);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(SupervisionOrder.WeekEnding));
    }
}
