using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Jobs;
using static DistrictPortal.Web.Tests.Jobs.JobWorld;

namespace DistrictPortal.Web.Tests.Jobs;

public sealed class DeadlineReminderJobTests
{
    [Fact]
    public async Task Reminds_only_the_officers_of_sub_districts_that_have_submitted_nothing()
    {
        using var world = new JobWorld();
        world.Submitted(world.Jia, Week1, Local(Week1.AddDays(-1), 15));
        world.Returns.Add(world.Yi.Id, Week1, ReturnStatus.Draft, null); // a draft is not a submission

        var added = await world.Job<DeadlineReminderJob>().RunAsync(Local(Week1, 9, 5));

        Assert.Equal(2, added);
        Assert.Empty(world.InboxOf(world.JiaOfficer));
        var yi = Assert.Single(world.InboxOf(world.YiOfficer));
        Assert.Equal($"reminder:{world.Yi.Id}:2026-11-06", yi.DedupKey);
        Assert.Equal($"/returns/{world.Yi.Id}/2026-11-06", yi.Link);
        Assert.Contains("乙街道", yi.Body);
        Assert.Contains("2026-11-06 17:00", yi.Body);
        Assert.Single(world.InboxOf(world.BingOfficer));
        Assert.Empty(world.InboxOf(world.Admin)); // the reminder is the sub-district's business
    }

    [Fact]
    public async Task Running_again_the_same_morning_reminds_nobody_twice_and_mails_once()
    {
        using var world = new JobWorld();
        var job = world.Job<DeadlineReminderJob>();

        Assert.Equal(3, await job.RunAsync(Local(Week1, 9, 0)));
        Assert.Equal(0, await job.RunAsync(Local(Week1, 9, 5)));
        Assert.Equal(0, await job.RunAsync(Local(Week1, 16, 55)));

        Assert.Single(world.InboxOf(world.JiaOfficer));
        // Only 甲's officer has an address; the mail follows the new inbox item, so it went once.
        Assert.Equal([("jia@example.gov.cn", world.InboxOf(world.JiaOfficer)[0].Title)], world.Email.Sent);
    }

    [Fact]
    public async Task Nobody_is_reminded_before_nine_on_another_day_or_after_the_deadline()
    {
        using var world = new JobWorld();
        var job = world.Job<DeadlineReminderJob>();

        Assert.Equal(0, await job.RunAsync(Local(Week1, 8, 59, 59)));
        Assert.Equal(0, await job.RunAsync(Local(Week1.AddDays(-1), 9, 5)));  // Thursday
        Assert.Equal(0, await job.RunAsync(Local(Week1, 17, 0, 1)));          // too late to remind
        Assert.Empty(world.Inbox.All);
    }

    [Fact]
    public async Task A_friday_holiday_moves_the_reminder_to_thursday_morning()
    {
        using var world = new JobWorld();
        world.Campaigns.Calendar.Add(new CalendarDay { Date = Week1, Name = "测试假日" });
        var job = world.Job<DeadlineReminderJob>();

        Assert.Equal(0, await job.RunAsync(Local(Week1, 9, 5)));
        Assert.Equal(3, await job.RunAsync(Local(Week1.AddDays(-1), 9, 5)));
        Assert.Contains("2026-11-05 17:00", world.InboxOf(world.YiOfficer)[0].Body);
    }

    [Fact]
    public async Task The_scheduled_run_reads_the_registered_clock()
    {
        using var world = new JobWorld(Pinned(Local(Week1, 9, 30)));

        await world.Job<DeadlineReminderJob>().RunScheduledAsync();

        Assert.Equal(3, world.Inbox.All.Count);
    }
}
