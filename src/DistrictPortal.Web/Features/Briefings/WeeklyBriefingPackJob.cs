using DistrictPortal.Core.Briefings;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Pdf.Briefing;
using DistrictPortal.Web.Infrastructure.Jobs;
using Hangfire;

namespace DistrictPortal.Web.Features.Briefings;

/// <summary>
/// The weekly pack: once a week has closed, the briefings of each campaign's district and of each of its
/// sub-districts are rendered and archived with the snapshot they print (<see cref="IBriefingArchiveRepository"/>).
/// A week closes when every sub-district's return for it is accepted, or at the latest when the next week's deadline
/// has passed (a week for review; a briefing then says which returns are still not accepted). Each node and week is
/// archived once: what is archived already is skipped before rendering, and the archive's unique key stops a second
/// server, so running twice archives nothing the second time.
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
    /// <summary>A server down for a while catches up on the weeks it missed, this far back.</summary>
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
            var done = (await archive.ListAsync(campaign.District.Path)).Select(b => (b.NodeId, b.WeekEnding)).ToHashSet();
            var accepted = (await returns.ListCurrentSnapshotsAsync(campaign.District.Path, from, current))
                .ToLookup(s => s.WeekEnding, s => s.SubDistrictId);
            for (var week = Max(from, campaign.FirstWeekEnding); week <= current; week = week.AddDays(7))
            {
                if (!HasClosed(campaign, week, accepted[week].ToHashSet(), nowUtc))
                    continue;
                foreach (var node in campaign.SubDistricts.Prepend(campaign.District).Where(n => !done.Contains((n.Id, week))))
                {
                    if (await assembler.AssembleAsync(node, week) is not { } data)
                        continue;
                    var briefing = new ArchivedBriefing
                    {
                        NodeId = node.Id,
                        NodeName = node.Name,
                        WeekEnding = week,
                        SnapshotId = data.SnapshotId,
                        GeneratedUtc = data.GeneratedAt.UtcDateTime,
                        Pdf = BriefingRenderer.Render(data),
                    };
                    if (await archive.AddOnceAsync(briefing, CampaignDirectory.SystemChange(nowUtc)))
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

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

/// <summary>Hourly in UTC (the job itself decides whether a week has closed), and once at start-up so a new server catches up.</summary>
public sealed class BriefingPackSchedule(IRecurringJobManager manager) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        manager.AddOrUpdate<WeeklyBriefingPackJob>(WeeklyBriefingPackJob.RecurringId, j => j.RunScheduledAsync(), Cron.Hourly(),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
