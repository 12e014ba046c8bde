using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>督办 on SQL Server: [dbo].[SupervisionOrder_*], one order per sub-district and week, each write audited.</summary>
public sealed class SqlServerSupervisionOrderRepository(string connectionString) : ISupervisionOrderRepository
{
    public const string EntityType = AuditEntities.SupervisionOrder;

    /// <summary>Core has no constant for it: only orders are closed.</summary>
    public const string CloseAction = AuditActions.Close;

    private readonly SqlServerDatabase _db = new(connectionString);

    /// <summary>
    /// Raised at <see cref="SupervisionOrder.RaisedUtc"/>, or at the context's time when that is not set. Sets
    /// <see cref="SupervisionOrder.Id"/> when raised.
    /// </summary>
    public async Task<long?> RaiseOnceAsync(SupervisionOrder order, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(order);
        var reason = order.Reason?.Trim() is { Length: > 0 } trimmed
            ? trimmed
            : throw new ArgumentException("A supervision order needs a reason.", nameof(order));
        var raisedUtc = order.RaisedUtc == default ? context.AtUtc : order.RaisedUtc;
        try
        {
            var id = await _db.WriteAsync(
                async (c, t) =>
                {
                    // The proc refuses a node that is not a sub-district (50400).
                    var raised = (await c.CallAsync(new SupervisionOrderCreate(order.SubDistrictId, order.WeekEnding, reason, raisedUtc), t)).Single();
                    if (raised is { } newId)
                    {
                        await AuditWriter.WriteAsync(c, t, new AuditDiff(EntityType, newId, context)
                            .Action(AuditActions.Create, newValue: order.WeekEnding.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Entries);
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

    /// <summary>A stale version is a conflict; an order already closed is an ArgumentException (both write nothing).</summary>
    public Task CloseAsync(long id, string note, long expectedVersion, ChangeContext context)
    {
        var closeNote = note?.Trim() is { Length: > 0 } trimmed
            ? trimmed
            : throw new ArgumentException("Closing a supervision order needs a note.", nameof(note));
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new SupervisionOrderUpdateClosed(id, context.AtUtc, closeNote, context.UserName, expectedVersion), t);
                await AuditWriter.WriteAsync(c, t, new AuditDiff(EntityType, id, context)
                    .Action(CloseAction, nameof(SupervisionOrder.CloseNote), null, closeNote).Entries);
            },
            e => SqlErrors.Translate(e, EntityType, id));
    }

    private static SupervisionOrder? Utc(SupervisionOrder? order)
    {
        if (order is not null)
        {
            order.RaisedUtc = AuditWriter.AsUtc(order.RaisedUtc);
            order.ClosedUtc = AuditWriter.AsUtc(order.ClosedUtc);
        }
        return order;
    }
}
