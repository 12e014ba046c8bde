using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Tests.Jobs;
using static DistrictPortal.Web.Tests.Jobs.JobWorld;

namespace DistrictPortal.Web.Tests.Faults;

/// <summary>
/// A Hangfire job that dies half-way and is retried (Hangfire's AutomaticRetry runs it again on the same database)
/// sends no second reminder and raises no second supervision order, and still tells everyone once. Jobs/ covers a
/// clean second run (<see cref="DeadlineReminderJobTests"/>, <see cref="OverdueAndSupervisionJobTests"/>); these
/// crash the first run after its first side effect.
/// </summary>
public sealed class JobRetryTests
{
    [Fact]
    public async Task A_reminder_run_that_dies_after_the_first_reminder_reminds_nobody_twice_when_retried()
    {
        using var world = new JobWorld();
        var crash = new CrashPoint(atCall: 2); // 甲's reminder (and mail) is written, then the worker dies
        using var crashing = new CrashWorld(world, inboxCrash: crash);
        var at = Local(Week1, 9, 0);

        await Assert.ThrowsAsync<InjectedCrashException>(() => crashing.Job<DeadlineReminderJob>().RunAsync(at));
        Assert.Single(world.Inbox.All);
        var retried = await crashing.Job<DeadlineReminderJob>().RunAsync(at.AddMinutes(1));

        Assert.True(crash.Fired);
        Assert.Equal(2, retried);
        foreach (var officer in new[] { world.JiaOfficer, world.YiOfficer, world.BingOfficer })
            Assert.Single(world.InboxOf(officer));
        Assert.Single(world.Email.Sent); // 甲's officer, mailed with the first reminder, not again
        Assert.Equal(0, await crashing.Job<DeadlineReminderJob>().RunAsync(at.AddMinutes(2)));
    }

    [Theory]
    [InlineData("order")] // dies right after the first order is committed, before anyone is told of it
    [InlineData("inbox")] // dies after the first order and its first notice, before the rest are told
    public async Task A_supervision_run_that_dies_after_raising_an_order_raises_no_second_and_tells_everyone_once(string crashIn)
    {
        using var world = new JobWorld();
        world.Submitted(world.Jia, Week1, Local(Week1, 10));
        world.Submitted(world.Jia, Week2, Local(Week2, 10)); // 乙 and 丙 missed both weeks: one order each, at week 2
        await world.Job<OverdueMarkingJob>().RunAsync(Local(Week1, 17, 1));
        Assert.Empty(world.Orders.All);
        var crash = crashIn == "order" ? new CrashPoint(atCall: 1) : new CrashPoint(atCall: 2, keyPrefix: "supervision:");
        using var crashing = crashIn == "order" ? new CrashWorld(world, orderCrash: crash) : new CrashWorld(world, inboxCrash: crash);
        var at = Local(Week2, 17, 0, 1);

        // The 17:00 run marks week 2 overdue and raises the orders it calls for: it dies after the first order.
        await Assert.ThrowsAsync<InjectedCrashException>(() => crashing.Job<OverdueMarkingJob>().RunAsync(at));
        Assert.Single(world.Orders.All);
        // Hangfire's retry of the same run, then the supervision job's own schedule.
        await crashing.Job<OverdueMarkingJob>().RunAsync(at.AddMinutes(1));
        await crashing.Job<SupervisionOrderJob>().RunAsync(at.AddMinutes(10));

        Assert.Equal([world.Yi.Id, world.Bing.Id], world.Orders.All.Select(o => o.SubDistrictId).Order());
        Assert.All(world.Orders.All, o => Assert.Equal(Week2, o.WeekEnding));
        foreach (var order in world.Orders.All)
        {
            var key = $"supervision:{order.SubDistrictId}:2026-11-13";
            var officer = order.SubDistrictId == world.Yi.Id ? world.YiOfficer : world.BingOfficer;
            var notice = Assert.Single(world.InboxOf(officer), n => n.DedupKey == key);
            Assert.Equal($"/supervision/{order.Id}", notice.Link);
            Assert.Single(world.InboxOf(world.Admin), n => n.DedupKey == key);
        }
        Assert.Equal(4, world.Inbox.All.Count(n => n.DedupKey.StartsWith("supervision:", StringComparison.Ordinal)));
        foreach (var officer in new[] { world.YiOfficer, world.BingOfficer })
            Assert.Single(world.InboxOf(officer), n => n.DedupKey.StartsWith("overdue:", StringComparison.Ordinal) && n.DedupKey.EndsWith("2026-11-13", StringComparison.Ordinal));
    }
}
