using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Jobs;
using static DistrictPortal.Web.Tests.Jobs.JobWorld;

namespace DistrictPortal.Web.Tests.Jobs;

public sealed class OverdueAndSupervisionJobTests
{
    [Fact]
    public async Task Overdue_marking_happens_at_17_00_01_not_at_16_59_59_nor_at_the_deadline_second()
    {
        using var world = new JobWorld();
        world.Submitted(world.Jia, Week1, Local(Week1, 16, 59, 59));

        Assert.Equal(0, await world.Job<OverdueMarkingJob>().RunAsync(Local(Week1, 16, 59, 59)));
        Assert.Equal(0, await world.Job<OverdueMarkingJob>().RunAsync(Local(Week1, 17, 0, 0)));
        Assert.Empty(world.Returns.MarkedOverdue);

        Assert.Equal(2, await world.Job<OverdueMarkingJob>().RunAsync(Local(Week1, 17, 0, 1)));
        var marked = world.Returns.All.Where(r => world.Returns.MarkedOverdue.ContainsKey(r.Id)).Select(r => r.SubDistrictId).Order();
        Assert.Equal([world.Yi.Id, world.Bing.Id], marked);
    }

    [Fact]
    public async Task Overdue_notices_reach_the_officers_and_the_admin_once()
    {
        using var world = new JobWorld();
        var at = Local(Week1, 17, 5);

        await world.Job<OverdueMarkingJob>().RunAsync(at);
        Assert.Equal(0, await world.Job<OverdueMarkingJob>().RunAsync(at.AddMinutes(5)));

        Assert.Single(world.InboxOf(world.YiOfficer));
        Assert.Equal(3, world.InboxOf(world.Admin).Count(n => n.DedupKey.StartsWith("overdue:", StringComparison.Ordinal)));
        Assert.Equal($"overdue:{world.Yi.Id}:2026-11-06", world.InboxOf(world.YiOfficer)[0].DedupKey);
        Assert.Equal(3, world.Returns.MarkedOverdue.Count);
    }

    [Fact]
    public async Task One_bad_week_raises_no_supervision_order()
    {
        using var world = new JobWorld();
        world.Submitted(world.Jia, Week1, Local(Week1, 10));
        world.Submitted(world.Yi, Week1, Local(Week1, 10));
        world.Submitted(world.Yi, Week2, Local(Week2, 10));
        world.Submitted(world.Jia, Week2, Local(Week2.AddDays(1), 10)); // late in week 2 only

        await world.Job<OverdueMarkingJob>().RunAsync(Local(Week1, 17, 1));  // 丙 missed week 1
        world.Submitted(world.Bing, Week2, Local(Week2, 11));                  // ...and is on time in week 2
        await world.Job<OverdueMarkingJob>().RunAsync(Local(Week2.AddDays(2), 12));

        Assert.Empty(world.Orders.All);
    }

    [Fact]
    public async Task Two_bad_weeks_in_a_row_raise_one_order_even_when_run_again()
    {
        using var world = new JobWorld();
        world.Submitted(world.Jia, Week1, Local(Week1, 10));
        world.Submitted(world.Yi, Week1, Local(Week1.AddDays(1), 9));   // 乙 late in week 1...
        world.Submitted(world.Jia, Week2, Local(Week2, 10));
        await world.Job<OverdueMarkingJob>().RunAsync(Local(Week1, 17, 1));

        var atWeek2 = Local(Week2, 17, 0, 1);
        await world.Job<OverdueMarkingJob>().RunAsync(atWeek2);         // ...and missing in week 2; 丙 missed both
        await world.Job<OverdueMarkingJob>().RunAsync(atWeek2.AddMinutes(5));
        await world.Job<SupervisionOrderJob>().RunAsync(atWeek2.AddMinutes(10));

        Assert.Equal([world.Yi.Id, world.Bing.Id], world.Orders.All.Select(o => o.SubDistrictId).Order());
        Assert.All(world.Orders.All, o => Assert.Equal(Week2, o.WeekEnding));
        var yiOrder = world.Orders.All.Single(o => o.SubDistrictId == world.Yi.Id);
        Assert.Contains("2026-11-06 的周报迟报", yiOrder.Reason);
        Assert.Contains("2026-11-13 的周报未报", yiOrder.Reason);
        var notice = Assert.Single(world.InboxOf(world.YiOfficer), n => n.DedupKey.StartsWith("supervision:", StringComparison.Ordinal));
        Assert.Equal($"/supervision/{yiOrder.Id}", notice.Link);
        Assert.Equal(2, world.InboxOf(world.Admin).Count(n => n.DedupKey.StartsWith("supervision:", StringComparison.Ordinal)));
        Assert.DoesNotContain(world.InboxOf(world.JiaOfficer), n => n.DedupKey.StartsWith("supervision:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_week_counted_in_an_order_does_not_count_again()
    {
        using var world = new JobWorld();
        foreach (var week in new[] { Week1, Week2, Week3, Week4 })
        {
            world.Submitted(world.Jia, week, Local(week, 10));
            world.Submitted(world.Yi, week, Local(week, 10));
            await world.Job<OverdueMarkingJob>().RunAsync(Local(week, 17, 1));  // 丙 misses every week
        }

        Assert.Equal([Week2, Week4], world.Orders.All.Where(o => o.SubDistrictId == world.Bing.Id).Select(o => o.WeekEnding));
    }

    [Fact]
    public async Task The_scheduled_run_marks_by_the_pinned_clock()
    {
        using var early = new JobWorld(Pinned(Local(Week1, 16, 59, 59)));
        await early.Job<OverdueMarkingJob>().RunScheduledAsync();
        Assert.Empty(early.Returns.MarkedOverdue);

        using var late = new JobWorld(Pinned(Local(Week1, 17, 0, 1)));
        await late.Job<OverdueMarkingJob>().RunScheduledAsync();
        Assert.Equal(3, late.Returns.MarkedOverdue.Count);
    }

    [Fact]
    public async Task Week_close_adds_a_missing_snapshot_once()
    {
        using var world = new JobWorld();
        var accepted = world.Submitted(world.Jia, Week1, Local(Week1, 10), ReturnStatus.Accepted);
        accepted.ReviewedUtc = Local(Week1.AddDays(3), 10);
        var job = world.Job<WeekCloseSnapshotJob>();

        Assert.Equal(1, await job.RunAsync(Local(Week2, 12)));
        Assert.Equal(0, await job.RunAsync(Local(Week2, 13)));

        var snapshot = Assert.Single(world.Returns.Snapshots);
        Assert.Equal(accepted.Id, snapshot.WeeklyReturnId);
        Assert.True(snapshot.WasOnTime);
    }
}
