using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Notifications;

/// <summary>
/// 督办: an order raised on a sub-district for a week (once per sub-district and week), and closed with a note. The
/// rules (orders are raised on sub-districts, with a reason; only an open order is closed, with a note) and the audit
/// entries are here; <see cref="ISupervisionOrderRepository"/> stores them with the one-per-week key and the version.
/// A newly raised order (by the job or by hand) is told through <see cref="IPortalNotices"/> (inbox, mail, group
/// robots) when the host has it.
/// </summary>
public sealed partial class SupervisionService(ISupervisionOrderRepository orders, INodeRepository nodes, IPortalNotices? notices = null)
{
    public const int MaxNoteLength = 1000;

    /// <summary>Raised at <see cref="SupervisionOrder.RaisedUtc"/>, or now when not set. The id when raised, null when the week had one.</summary>
    public async Task<DomainResult<long?>> RaiseOnceAsync(SupervisionOrder order, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(order);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(order.Reason))
            errors.Add(new(nameof(SupervisionOrder.Reason), ValidationCodes.Required));
        var subDistrict = await nodes.GetByIdAsync(order.SubDistrictId);
        if (subDistrict is not { Level: NodeLevel.SubDistrict })
            errors.Add(new(nameof(SupervisionOrder.SubDistrictId), ValidationCodes.WrongParentLevel, NodeLevel.SubDistrict));
        if (errors.Count > 0)
            return DomainResult<long?>.From(errors);

        order.Reason = order.Reason.Trim();
        order.Origin = SupervisionOrigin.DeadlineJob;
        if (order.RaisedUtc == default)
            order.RaisedUtc = context.AtUtc;
        var id = await orders.RaiseOnceAsync(order, Raised(order, context));
        // Only a new order is told here (the week's second raise is not news); the notice's key is the order's week.
        if (id is not null && notices is not null)
            await notices.RaiseAsync(SupervisionNotices.Raised(order, subDistrict!), context.AtUtc);
        return DomainResult<long?>.Done(id);
    }

    /// <summary>
    /// Closes an open order with a note. An order that is gone or changed since <paramref name="expectedVersion"/> is a
    /// <see cref="ConcurrencyConflictException"/>; one already closed is refused (code AlreadyClosed).
    /// </summary>
    public async Task<DomainResult> CloseAsync(long id, string? note, long expectedVersion, ChangeContext context)
    {
        if (string.IsNullOrWhiteSpace(note))
            return DomainResult.Refuse(nameof(SupervisionOrder.CloseNote), ValidationCodes.Required);
        if (note.Trim().Length > MaxNoteLength)
            return DomainResult.Refuse(nameof(SupervisionOrder.CloseNote), ValidationCodes.TooLong, MaxNoteLength);
        var order = await orders.GetByIdAsync(id);
        if (order is null || order.Version != expectedVersion)
            throw new ConcurrencyConflictException(AuditEntities.SupervisionOrder, id);
        if (!order.IsOpen)
            return DomainResult.Refuse(nameof(SupervisionOrder.ClosedUtc), ValidationCodes.AlreadyClosed);

        await orders.CloseAsync(order, Close(order, note.Trim(), context));
        return DomainResult.Ok;
    }

    /// <summary>The entry of a raised order (its id stamped by the repository, <see cref="AuditEntry.NewRow"/>).</summary>
    public static IReadOnlyList<AuditEntry> Raised(SupervisionOrder order, ChangeContext context) =>
        new AuditDiff(AuditEntities.SupervisionOrder, AuditEntry.NewRow, context)
            .Action(AuditActions.Create, newValue: order.WeekEnding.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Entries;

    /// <summary>Sets the closing on <paramref name="order"/> (now, the note, who) and returns its audit entry.</summary>
    public static IReadOnlyList<AuditEntry> Close(SupervisionOrder order, string note, ChangeContext context)
    {
        order.ClosedUtc = context.AtUtc;
        order.CloseNote = note;
        order.ClosedByName = context.UserName;
        return new AuditDiff(AuditEntities.SupervisionOrder, order.Id, context)
            .Action(AuditActions.Close, nameof(SupervisionOrder.CloseNote), null, note).Entries;
    }
}
