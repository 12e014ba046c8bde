using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Infrastructure.Security;

namespace DistrictPortal.Web.Features.Home;

/// <summary>The reviewer's latest word on an officer's return that waits for them: sent back or reopened, with the reasons.</summary>
public sealed record ReviewReasonPanel(string SubDistrictName, DateOnly WeekEnding, ReturnStatus Status, string? Reason,
    IReadOnlyList<(string Estate, string Reason)> Rows, string? ReviewedBy, DateTime? ReviewedLocal, string Url);

/// <summary>
/// Finds, for a sub-district officer, the newest return of the last weeks that the bureau sent back or reopened and the
/// officer has not submitted again, so the home page says why (not only 已退回) and links to it.
/// </summary>
public sealed class ReviewReasons(IWeeklyReturnRepository returns, INodeRepository nodes, PortalClock clock)
{
    /// <summary>How far back a waiting send-back is looked for: older ones are the matrix's and the supervision's business.</summary>
    public const int WeeksBack = 8;

    public async Task<ReviewReasonPanel?> ForOfficerAsync(CurrentUser me)
    {
        if (me.Role != Role.SubDistrictOfficer || await nodes.GetByIdAsync(me.ScopeNodeId) is not { Level: NodeLevel.SubDistrict } node)
            return null;
        var current = CampaignDirectory.WeekEndingAt(clock.UtcNow);
        var waiting = (await returns.ListAsync(node.Path, current.AddDays(-7 * WeeksBack), current.AddDays(7)))
            .Where(r => r.SubDistrictId == node.Id && r.Status is ReturnStatus.SentBack or ReturnStatus.Reopened)
            .OrderByDescending(r => r.ReviewedUtc).ThenByDescending(r => r.WeekEnding)
            .FirstOrDefault();
        if (waiting is null || await returns.GetAsync(node.Id, waiting.WeekEnding) is not { } stored)
            return null;
        var rows = stored.Rows.Where(r => !string.IsNullOrWhiteSpace(r.ReviewReason)).Select(r => (r.EstateName, r.ReviewReason!)).ToList();
        return new ReviewReasonPanel(node.Name, stored.WeekEnding, stored.Status, stored.ReviewReason, rows, stored.ReviewedByName,
            stored.ReviewedUtc is { } at ? clock.ToLocal(at) : null, ReturnNotices.ReturnLink(node.Id, stored.WeekEnding));
    }
}
