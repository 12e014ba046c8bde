using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Coordination;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// Member units and coordination items on SQL Server: [dbo].[MemberUnit_*], [dbo].[CoordinationItem_*],
/// [dbo].[CoordinationReply_*]; each write with its audit in one transaction, items version-checked (50409).
/// </summary>
public sealed class SqlServerCoordinationRepository(string connectionString) : ICoordinationRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<IReadOnlyList<MemberUnit>> ListUnitsAsync() => _db.ReadAsync(c => c.CallAsync(new MemberUnitReadAll()));

    public async Task<long> CreateUnitAsync(MemberUnit unit, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var id = await _db.WriteAsync(
            async (c, t) =>
            {
                var newId = (await c.CallAsync(new MemberUnitCreate(unit.Name, unit.IsRetired), t)).Single();
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                return newId;
            },
            e => SqlErrors.Translate(e, AuditEntities.MemberUnit, 0, nameof(MemberUnit.Name), unit.Name));
        unit.Id = id;
        return id;
    }

    public Task UpdateUnitAsync(MemberUnit unit, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new MemberUnitUpdate(unit.Id, unit.Name, unit.IsRetired), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, AuditEntities.MemberUnit, unit.Id, nameof(MemberUnit.Name), unit.Name));
    }

    public Task<IReadOnlyList<CoordinationAsk>> ListAsksAsync(string scopePath) =>
        _db.ReadAsync(c => c.CallAsync(new CoordinationItemReadAsksByScopePath(scopePath ?? "")));

    public async Task<long> CreateItemAsync(CoordinationItem item, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(item);
        var id = await _db.WriteAsync(
            async (c, t) =>
            {
                var newId = (await c.CallAsync(CoordinationItemCreate.From(item), t)).Single();
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                return newId;
            },
            e => SqlErrors.Translate(e, AuditEntities.CoordinationItem, 0, nameof(CoordinationItem.WeeklyReturnId), item.EstateName));
        item.Id = id;
        return id;
    }

    public Task<CoordinationItem?> GetItemAsync(long id) =>
        _db.ReadAsync(async c =>
        {
            var item = Utc((await c.CallAsync(new CoordinationItemReadById(id))).SingleOrDefault());
            if (item is not null)
            {
                var replies = await c.CallAsync(new CoordinationReplyReadByItemId(id));
                foreach (var reply in replies)
                {
                    reply.RecordedUtc = AuditWriter.AsUtc(reply.RecordedUtc);
                }
                item.Replies = replies;
            }
            return item;
        });

    public Task<IReadOnlyList<CoordinationItem>> ListItemsAsync(string scopePath) =>
        _db.ReadAsync(async c =>
        {
            var items = await c.CallAsync(new CoordinationItemReadByScopePath(scopePath ?? ""));
            foreach (var item in items)
            {
                Utc(item);
            }
            return items;
        });

    public Task UpdateItemAsync(CoordinationItem item, CoordinationReply? reply, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new CoordinationItemUpdate(item.Id, item.Status, item.MemberUnitId, item.AssignedUtc, item.ClosedUtc, item.Version), t);
                if (reply is not null)
                {
                    reply.Id = (await c.CallAsync(new CoordinationReplyCreate(item.Id, reply.RepliedOn, reply.Text, reply.IsClosing, reply.RecordedUtc, reply.RecordedByName), t)).Single();
                }
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, AuditEntities.CoordinationItem, item.Id));
    }

    private static CoordinationItem? Utc(CoordinationItem? item)
    {
        if (item is not null)
        {
            item.CreatedUtc = AuditWriter.AsUtc(item.CreatedUtc);
            item.AssignedUtc = AuditWriter.AsUtc(item.AssignedUtc);
            item.ClosedUtc = AuditWriter.AsUtc(item.ClosedUtc);
        }
        return item;
    }
}
