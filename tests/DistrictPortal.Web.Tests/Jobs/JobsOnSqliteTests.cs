using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Tests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using static DistrictPortal.Web.Tests.Matrix.DemoReturns;

namespace DistrictPortal.Web.Tests.Jobs;

/// <summary>
/// The jobs against the real SQLite store, replayed at the demo's own past moments: the seeding already ran them
/// there, so a retry must find everything done. (Runs at past moments only: a future one would mark this week.)
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class JobsOnSqliteTests(PortalFactory factory)
{
    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    [Fact]
    public async Task Replaying_the_demo_weeks_adds_no_reminder_mark_order_or_notice()
    {
        var calendar = await CalendarAsync(factory);
        var orders = Get<ISupervisionOrderRepository>();
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        var ordersBefore = (await orders.ListAsync(district.Path)).Count;
        var adminInbox = await Get<INotificationRepository>().ListForUserAsync((await UserAsync(factory, "admin")).Id, 1000);

        for (var i = 0; i < DemoReturnHistory.Weeks; i++)
        {
            var week = Week(factory, i);
            var deadline = calendar.DeadlineUtc(week);
            Assert.Equal(0, await Get<DeadlineReminderJob>().RunAsync(calendar.LocalToUtc(calendar.DeadlineDate(week), new TimeOnly(9, 30))));
            Assert.Equal(0, await Get<OverdueMarkingJob>().RunAsync(deadline.AddSeconds(1)));
            Assert.Equal(0, await Get<SupervisionOrderJob>().RunAsync(deadline.AddMinutes(30)));
        }

        Assert.Equal(ordersBefore, (await orders.ListAsync(district.Path)).Count);
        Assert.Equal(adminInbox.Count, (await Get<INotificationRepository>().ListForUserAsync((await UserAsync(factory, "admin")).Id, 1000)).Count);
    }

    [Fact]
    public async Task The_seeding_marked_nanans_missing_week_and_raised_one_order()
    {
        var nanan = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Nanan);
        var returns = await Get<IWeeklyReturnRepository>().ListAsync(nanan.Path, Week(factory, 0), Week(factory, 7));

        // Week 4 was never filed; week 5 was filed the morning after its deadline, so it was marked first and is late.
        Assert.Equal([Week(factory, 4), Week(factory, 5)], returns.Where(r => r.MarkedOverdueUtc is not null).Select(r => r.WeekEnding).Order());
        Assert.Null(Assert.Single(returns, r => r.WeekEnding == Week(factory, 4)).FirstSubmittedUtc);
        Assert.NotNull(Assert.Single(returns, r => r.WeekEnding == Week(factory, 5)).FirstSubmittedUtc);
        Assert.Equal([Week(factory, 5)], (await Get<ISupervisionOrderRepository>().ListAsync(nanan.Path)).Select(o => o.WeekEnding));
    }

    [Fact]
    public async Task Week_close_finds_every_accepted_demo_return_with_its_snapshot()
    {
        Assert.Equal(0, await Get<WeekCloseSnapshotJob>().RunAsync(Now(factory)));
        Assert.Equal(0, await Get<WeekCloseSnapshotJob>().RunAsync(Now(factory)));
    }

    [Fact]
    public void The_recurring_schedule_is_in_hangfire()
    {
        using var connection = Get<JobStorage>().GetConnection();
        var ids = connection.GetRecurringJobs().Select(j => j.Id).ToList();
        Assert.Contains(DeadlineReminderJob.RecurringId, ids);
        Assert.Contains(OverdueMarkingJob.RecurringId, ids);
        Assert.Contains(WeekCloseSnapshotJob.RecurringId, ids);
    }
}
