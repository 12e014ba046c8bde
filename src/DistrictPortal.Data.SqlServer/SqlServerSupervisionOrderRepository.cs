using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>督办 on SQL Server: [dbo].[SupervisionOrder_*], one order per sub-district and week, each write audited.</summary>
public sealed class SqlServerSupervisionOrderRepository(string connectionString) : ISupervisionOrderRepository
{
    public const string EntityType = AuditEntities.SupervisionOrder;

    private readonly SqlServerDatabase _db = new(connectionString);

    /// <summary>The insert and its audit are one transaction; a second raise for the week inserts nothing and audits nothing.</summary>
    public async Task<long?> RaiseOnceAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(order);
        try
        {
            var id = await _db.WriteAsync(
                async (c, t) =>
                {
                    var raised = (await c.CallAsync(SupervisionOrderCreate.From(order), t)).Single();
                    if (raised is { } newId)
                    {
                        await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                    }
                    return raised;
                },
                e => SqlErrors.Translate(e, EntityType, 0));
            if (id is { } raisedId)
            {
                order.Id = raisedId;
            }
            return id;
        }
        catch (SqlException e) when (e.Number is SqlErrors.DuplicateKeyRow or SqlErrors.UniqueConstraint)
        {
            // The proc's key-range lock makes this all but impossible; should two raises still race, the key keeps one.
            return null;
        }
    }

    public Task<SupervisionOrder?> GetByIdAsync(long id) =>
        _db.ReadAsync(async c => Utc((await c.CallAsync(new SupervisionOrderReadById(id))).SingleOrDefault()));

    public Task<IReadOnlyList<SupervisionOrder>> ListAsync(string scopePath, bool openOnly = false) =>
        _db.ReadAsync(async c =>
        {
            var orders = await c.CallAsync(new SupervisionOrderReadByScopePath(scopePath ?? "", openOnly));
            foreach (var order in orders)
            {
                Utc(order);
            }
            return orders;
        });

    /// <summary>A stale version, no such order or one already closed is a conflict (50409), and nothing is written.</summary>
    public Task CloseAsync(SupervisionOrder closed, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(closed);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new SupervisionOrderUpdateClosed(closed.Id, closed.ClosedUtc!.Value, closed.CloseNote!, closed.ClosedByName!, closed.Version), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, EntityType, closed.Id));
    }

    public async Task<long> RaiseByHandAsync(SupervisionOrder order, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(order);
        var id = await _db.WriteAsync(
            async (c, t) =>
            {
                var newId = (await c.CallAsync(SupervisionOrderCreate.From(order), t)).Single()!.Value;
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                return newId;
            },
            e => SqlErrors.Translate(e, EntityType, 0));
        order.Id = id;
        return id;
    }

    /// <summary>A stale version, no such order or one already closed is a conflict (50409), and nothing is written.</summary>
    public Task UpdateStateAsync(SupervisionOrder changed, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(SupervisionOrderUpdateState.From(changed), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, EntityType, changed.Id));
    }

    private static SupervisionOrder? Utc(SupervisionOrder? order)
    {
        if (order is not null)
        {
            order.RaisedUtc = AuditWriter.AsUtc(order.RaisedUtc);
            order.ClosedUtc = AuditWriter.AsUtc(order.ClosedUtc);
            order.AnsweredUtc = AuditWriter.AsUtc(order.AnsweredUtc);
            order.SentBackUtc = AuditWriter.AsUtc(order.SentBackUtc);
            order.EscalatedUtc = AuditWriter.AsUtc(order.EscalatedUtc);
        }
        return order;
    }
}
