using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Features.Returns;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Infrastructure.Security;

namespace DistrictPortal.Web.Features.Home;

/// <summary>The officer's panel: the return due next, its deadline and how long is left.</summary>
public sealed record OfficerReturnPanel(string SubDistrictName, DateOnly WeekEnding, DateTime DeadlineLocal, Countdown Countdown,
    ReturnStatus? Status, Timeliness Timeliness, string Url, bool CalendarMissing = false);

/// <summary>A reviewer's line per campaign in scope: this week's deadline, how many have filed, how many wait for review.</summary>
public sealed record ReviewerReturnLine(string DistrictName, DateOnly WeekEnding, DateTime DeadlineLocal, int Filing, int Submitted, int AwaitingReview,
    bool CalendarMissing = false);

/// <summary>Builds the home page's "this week's return" panel for the signed-in user.</summary>
public sealed class ThisWeek(
    ReturnService service,
    IWeeklyReturnRepository returns,
    INodeRepository nodes,
    CampaignDirectory directory,
    PortalClock clock)
{
    public async Task<OfficerReturnPanel?> ForOfficerAsync(CurrentUser me)
    {
        if (me.Role != Role.SubDistrictOfficer || await nodes.GetByIdAsync(me.ScopeNodeId) is not { Level: NodeLevel.SubDistrict } node)
            return null;
        var current = CampaignDirectory.WeekEndingAt(clock.UtcNow);
        // Under a rule that falls after the week (e.g. the Monday after), last week's return may still be the one due.
        var last = await service.LoadAsync(node, current.AddDays(-7));
        var context = last is { Stored.FirstSubmittedUtc: null, Countdown.IsOverdue: false } ? last : await service.LoadAsync(node, current);
        if (context is null)
            return null;
        var countdown = context.Countdown;
        return new OfficerReturnPanel(node.Name, context.WeekEnding, context.Calendar.ToLocal(countdown.DeadlineUtc), countdown,
            context.Status, context.Timeliness, ReturnUrls.Of(context), context.Calendar.IsCalendarMissing(context.WeekEnding));
    }

    public async Task<IReadOnlyList<ReviewerReturnLine>> ForReviewerAsync(CurrentUser me)
    {
        if (!Permissions.CanReviewReturns(me.Role))
            return [];
        var now = clock.UtcNow;
        var current = CampaignDirectory.WeekEndingAt(now);
        var lines = new List<ReviewerReturnLine>();
        foreach (var district in await nodes.ListByLevelAsync(me.ScopePath, NodeLevel.District))
        {
            if (await directory.ForDistrictAsync(district, current, current) is not { } campaign)
                continue;
            var first = campaign.FirstWeekEnding;
            var filed = await returns.ListAsync(district.Path, first, current);
            var thisWeek = filed.Where(s => s.WeekEnding == current).ToList();
            lines.Add(new ReviewerReturnLine(
                district.Name,
                current,
                campaign.Calendar.ToLocal(campaign.Calendar.DeadlineUtc(current)),
                campaign.SubDistricts.Count,
                thisWeek.Count(s => s.FirstSubmittedUtc is not null),
                filed.Count(s => s.Status == ReturnStatus.Submitted),
                campaign.Calendar.IsCalendarMissing(current)));
        }
        return lines;
    }
}

