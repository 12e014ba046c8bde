using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Jobs;

/// <summary>An order by hand past its deadline escalates once per level, audited, and 牌楼's officer is told once.</summary>
[Collection(PortalCollection.Name)]
public sealed class SupervisionEscalationJobTests(PortalFactory factory)
{
    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    [Fact]
    public async Task An_unanswered_order_past_its_deadline_escalates_once_per_level_and_its_officers_are_told()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var raisedAt = DateTime.UtcNow.AddDays(-30);
        var today = DateOnly.FromDateTime(raisedAt.AddHours(8));
        using var scope = factory.Services.CreateScope();
        var supervision = scope.ServiceProvider.GetRequiredService<SupervisionService>();
        var id = (await supervision.RaiseByHandAsync(new SupervisionOrder
        {
            SubDistrictId = pailou.Id, Reason = "测试：逾期未整改", RequiredAction = "整改", Deadline = today.AddDays(3),
        }, today, new ChangeContext(0, "admin", raisedAt))).Value;
        var job = scope.ServiceProvider.GetRequiredService<SupervisionEscalationJob>();
        var officer = (await Get<IUserRepository>().GetByUserNameAsync("pailou"))!;

        // Four days after the deadline: a reminder; run again, nothing more.
        Assert.True(await job.RunAsync(raisedAt.AddDays(7)) >= 1);
        Assert.Equal(SupervisionEscalation.Reminder, (await Get<ISupervisionOrderRepository>().GetByIdAsync(id))!.EscalationLevel);
        await job.RunAsync(raisedAt.AddDays(7));
        Assert.Equal(SupervisionEscalation.Reminder, (await Get<ISupervisionOrderRepository>().GetByIdAsync(id))!.EscalationLevel);
        // Twenty-seven days after: 追责.
        await job.RunAsync(raisedAt.AddDays(30));
        var order = (await Get<ISupervisionOrderRepository>().GetByIdAsync(id))!;
        Assert.Equal(SupervisionEscalation.Accountability, order.EscalationLevel);
        var levels = (await Get<IAuditRepository>().ListForEntityAsync(AuditEntities.SupervisionOrder, id))
            .Where(a => a.Field == nameof(SupervisionOrder.EscalationLevel)).Select(a => a.NewValue).Order().ToList();
        Assert.Equal(["Accountability", "Reminder"], levels);
        var notes = (await Get<INotificationRepository>().ListForUserAsync(officer.Id, 1000)).Where(n => n.DedupKey.StartsWith($"supervision-escalation:{id}:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, notes.Count);

        // Closed, so the shared portal's dashboard keeps the demo's open orders only.
        Assert.True((await supervision.CloseAsync(id, "测试结束", order.Version, new ChangeContext(0, "admin", DateTime.UtcNow))).Succeeded);
    }
}
