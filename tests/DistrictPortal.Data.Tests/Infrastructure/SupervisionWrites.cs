using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Notifications;

namespace DistrictPortal.Data.Tests.Infrastructure;

/// <summary>
/// Orders as the contract tests set them up: straight to the repository with the audit entries Core builds
/// (<see cref="SupervisionService"/>'s), no rules. The rules themselves are tested through the service.
/// </summary>
public static class SupervisionWrites
{
    public static Task<long?> RaiseOnceAsync(this ISupervisionOrderRepository orders, SupervisionOrder order, ChangeContext context)
    {
        if (order.RaisedUtc == default)
            order.RaisedUtc = context.AtUtc;
        return orders.RaiseOnceAsync(order, SupervisionService.Raised(order, context));
    }

    public static async Task CloseAsync(this ISupervisionOrderRepository orders, long id, string note, long expectedVersion, ChangeContext context)
    {
        var order = await orders.GetByIdAsync(id) ?? new SupervisionOrder { Id = id };
        order.Version = expectedVersion;
        await orders.CloseAsync(order, SupervisionService.Close(order, note, context));
    }
}
