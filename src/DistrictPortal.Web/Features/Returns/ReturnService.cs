using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Jobs;

namespace DistrictPortal.Web.Features.Returns;

/// <summary>
/// Reads one sub-district's reporting week (<see cref="ReturnContext"/>) for the page, the exports and the home page:
/// its campaign, the reporting calendar the jobs and the matrix use (<see cref="CampaignDirectory"/>, so all three judge
/// a deadline alike), the stored return and the homes of the facts its rows show. What may be done with the week
/// (save, submit, send back, accept, reopen) is Core's <see cref="ReturnWorkflowService"/>.
/// </summary>
public sealed class ReturnService(
    ICampaignRepository campaigns,
    IWeeklyReturnRepository returns,
    ICommitteeRepository committees,
    CampaignDirectory directory,
    PortalClock clock,
    Core.LookBacks.IStrikeOffEvidenceRepository evidence,
    Core.LookBacks.ILookBackRepository lookBacks)
{
    /// <summary>
    /// The week of a sub-district, or null when there is nothing to show: not a sub-district, no campaign, or a week
    /// outside the campaign (before its first week, or not begun yet) for which nothing was ever filed.
    /// </summary>
    public Task<ReturnContext?> LoadAsync(Node subDistrict, DateOnly weekEnding) => LoadAsync(subDistrict, weekEnding, toShow: false);

    /// <summary>
    /// The week as the page's GET shows it. A return that is no longer editable (submitted, accepted) is shown as stored
    /// (<see cref="ReturnWorkflowService.Working"/>), so the homes of the facts only an editable return draws on (the
    /// registry, the committee tracks, the strike-off evidence) are not read: they were two fifths of the page's reads
    /// (issue 19's bench profile). Such a context is for showing only; every write loads the whole week.
    /// </summary>
    public Task<ReturnContext?> LoadToShowAsync(Node subDistrict, DateOnly weekEnding) => LoadAsync(subDistrict, weekEnding, toShow: true);

    private async Task<ReturnContext?> LoadAsync(Node subDistrict, DateOnly weekEnding, bool toShow)
    {
        if (subDistrict.Level != NodeLevel.SubDistrict || weekEnding.DayOfWeek != DayOfWeek.Friday)
            return null;
        var campaign = await campaigns.GetForNodeAsync(subDistrict.Path);
        if (campaign is null)
            return null;
        var now = clock.UtcNow;
        var calendar = await directory.CalendarAsync(campaign.DeadlineRule, weekEnding, weekEnding);
        var stored = await returns.GetAsync(subDistrict.Id, weekEnding);
        var outside = weekEnding < ReportingCalendar.WeekEnding(campaign.StartDate) || weekEnding > calendar.WeekEndingAt(now);
        if (stored is null && outside)
            return null;
        // Shown as stored: none of the facts below is drawn on (see LoadToShowAsync).
        var asStored = toShow && stored is not null && !ReturnWorkflow.IsEditable(stored.Status);
        // The per-mode strike-off evidence rules (/lookbacks/evidence); the files on record are read only when a rule exists.
        var rules = asStored ? new Dictionary<ManagementMode, string>() : (await evidence.ListAsync()).ToDictionary(r => r.Mode, r => r.Document);
        var withEvidence = rules.Count == 0 ? new HashSet<long>() : (await evidence.ListEstatesWithEvidenceAsync(subDistrict.Path)).ToHashSet();
        var registry = asStored ? new Dictionary<long, RegistryFacts>() : (await returns.ListRegistryFactsAsync(subDistrict.Id)).ToDictionary(f => f.EstateId);
        // Relapses matter only to an editable return's rows that state a strike-off the registry no longer holds (rare).
        var relapses = new Dictionary<long, DateOnly>();
        if (stored is not null && ReturnWorkflow.IsEditable(stored.Status))
            foreach (var estateId in ReturnPrefill.StrikeOffsNotHeld(stored, registry))
                if (ReturnPrefill.LatestRelapse(await lookBacks.ListByEstateAsync(estateId)) is { } relapsedOn)
                    relapses[estateId] = relapsedOn;
        return new ReturnContext
        {
            EvidenceRules = rules,
            EstatesWithEvidence = withEvidence,
            SubDistrict = subDistrict,
            WeekEnding = weekEnding,
            Campaign = campaign,
            Calendar = calendar,
            Estates = await campaigns.ListEstatesAsync(campaign.Id, subDistrict.Id),
            Stored = stored,
            LastAccepted = await returns.GetLastAcceptedAsync(subDistrict.Id, weekEnding),
            NowUtc = now,
            Registry = registry,
            Relapses = relapses,
            Tracks = asStored ? new Dictionary<long, CommitteeTrack>() : (await committees.ListRecordedTracksAsync(subDistrict.Path)).ToDictionary(t => t.EstateId),
        };
    }
}
