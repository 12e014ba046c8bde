using DistrictPortal.Core.Briefings;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Pdf.Briefing;
using DistrictPortal.Web.Infrastructure.Jobs;
using Hangfire;

namespace DistrictPortal.Web.Features.Briefings;

/// <summary>
/// The weekly pack: once a week has closed, the briefings of each campaign's district and of each of its
/// sub-districts are rendered and archived with the snapshot they print (<see cref="IBriefingArchiveRepository"/>).
/// A week closes when every sub-district's return for it is accepted, or at the latest when the next week's deadline
/// has passed (a week for review). A briefing archived while some of its returns are not yet accepted is marked
/// provisional (暂定), and the week is archived again whenever the snapshot a briefing prints changes (a return accepted
/// later, a restatement): /briefings then shows the older copy as superseded. What is archived already (node, week and
/// snapshot) is skipped before rendering, and the archive's unique key stops a second server, so running twice archives
/// nothing the second time.
/// </summary>
public sealed class WeeklyBriefingPackJob(
    CampaignDirectory directory,
    IWeeklyReturnRepository returns,
    IBriefingArchiveRepository archive,
    BriefingAssembler assembler,
    ScheduledRuns runs,
    ILogger<WeeklyBriefingPackJob> log)
{
    public const string RecurringId = "briefing-weekly-pack";
    /// <summary>A server down for a while catches up on the weeks it missed, and a restatement this recent is re-archived.</summary>
    public const int LookbackWeeks = 4;

    [DisableConcurrentExecution(timeoutInSeconds: 1800)]
    [AutomaticRetry(Attempts = 2)]
    public Task<bool> RunScheduledAsync() => runs.OnceAsync(RecurringId, ScheduledRuns.Hourly, RunAsync);

    /// <summary>Returns how many briefings were archived.</summary>
    public async Task<int> RunAsync(DateTime nowUtc)
    {
        var current = CampaignDirectory.WeekEndingAt(nowUtc);
        var from = current.AddDays(-7 * LookbackWeeks);
        var archived = 0;
        foreach (var campaign in await directory.AllAsync(from, current))
        {
            var done = (await archive.ListAsync(campaign.District.Path)).Select(b => (b.NodeId, b.WeekEnding, b.SnapshotId)).ToHashSet();
            var snapshots = (await returns.ListCurrentSnapshotsAsync(campaign.District.Path, from, current)).ToLookup(s => s.WeekEnding);
            for (var week = Max(from, campaign.FirstWeekEnding); week <= current; week = week.AddDays(7))
            {
                var ofWeek = snapshots[week].ToList();
                if (!HasClosed(campaign, week, ofWeek.Select(s => s.SubDistrictId).ToHashSet(), nowUtc))
                    continue;
                foreach (var node in campaign.SubDistricts.Prepend(campaign.District))
                {
                    var isDistrict = node.Id == campaign.District.Id;
                    var printed = ofWeek.Where(s => isDistrict || s.SubDistrictId == node.Id).ToList();
                    if (done.Contains((node.Id, week, BriefingAssembler.SnapshotId(week, printed))))
                        continue;
                    if (await assembler.AssembleAsync(node, week) is not { } data)
                        continue;
                    var briefing = new ArchivedBriefing
                    {
                        NodeId = node.Id,
                        NodeName = node.Name,
                        WeekEnding = week,
                        SnapshotId = data.SnapshotId,
                        GeneratedUtc = data.GeneratedAt.UtcDateTime,
                        IsProvisional = IsProvisional(campaign, isDistrict ? null : node.Id, printed),
                        Pdf = BriefingRenderer.Render(data),
                    };
                    if (await archive.AddOnceAsync(briefing, ArchivedBriefing.Created(briefing, CampaignDirectory.SystemChange(nowUtc))))
                        archived++;
                }
            }
        }
        if (archived > 0)
            log.LogInformation("Weekly pack: archived {Count} briefings", archived);
        return archived;
    }

    /// <summary>Every filing sub-district accepted, or the next week's deadline has passed.</summary>
    public static bool HasClosed(CampaignContext campaign, DateOnly week, IReadOnlySet<long> acceptedSubDistricts, DateTime nowUtc)
    {
        if (campaign.Calendar.Evaluate(week, null, nowUtc) != Timeliness.Overdue)
            return false; // this week's own deadline has not passed yet
        return campaign.SubDistricts.All(s => acceptedSubDistricts.Contains(s.Id))
            || campaign.Calendar.Evaluate(week.AddDays(7), null, nowUtc) == Timeliness.Overdue;
    }

    /// <summary>Some return the briefing sums (the district's: every sub-district's; a sub-district's: its own) is not accepted.</summary>
    public static bool IsProvisional(CampaignContext campaign, long? subDistrictId, IReadOnlyCollection<ReturnSnapshot> printed)
    {
        var accepted = printed.Select(s => s.SubDistrictId).ToHashSet();
        return subDistrictId is { } own ? !accepted.Contains(own) : !campaign.SubDistricts.All(s => accepted.Contains(s.Id));
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

/// <summary>
/// Hourly in UTC (the job itself decides whether a week has closed), and once at start-up so a new server catches up
/// (triggered into the queue: whichever server runs jobs takes it, and the job's own checks make a second run archive nothing).
/// </summary>
public sealed class BriefingPackSchedule(IRecurringJobManager manager) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        manager.AddOrUpdate<WeeklyBriefingPackJob>(WeeklyBriefingPackJob.RecurringId, j => j.RunScheduledAsync(), Cron.Hourly(),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        manager.Trigger(WeeklyBriefingPackJob.RecurringId);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
