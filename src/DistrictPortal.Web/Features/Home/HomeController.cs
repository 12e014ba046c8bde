using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Home;

public sealed class HomeViewModel
{
    public required string ScopeName { get; init; }
    public required Role Role { get; init; }
    public required int Total { get; init; }
    public required IReadOnlyList<(ManagementStatus Status, int Count)> ByStatus { get; init; }
    public bool CanEditEstates => Permissions.CanEditEstates(Role);
    public bool CanManageHierarchy => Permissions.CanManageHierarchy(Role);
    public bool CanManageUsers => Permissions.CanManageUsers(Role);
    /// <summary>A sub-district officer's return due next, with its countdown.</summary>
    public OfficerReturnPanel? Return { get; init; }
    /// <summary>A reviewer's view of this week, one line per campaign in scope.</summary>
    public IReadOnlyList<ReviewerReturnLine> Review { get; init; } = [];
    /// <summary>An officer's return the bureau sent back or reopened, with the reasons (issue 15).</summary>
    public ReviewReasonPanel? ReviewReason { get; init; }
    /// <summary>An admin's warning: this or (from October) next year's holiday notice is not entered (issue 16 item 8).</summary>
    public IReadOnlyList<CalendarGap> CalendarGaps { get; init; } = [];
}

/// <summary>The dashboard: this week's return and its countdown, what lies in the user's scope by management status, and where to go next.</summary>
public sealed class HomeController(
    IEstateRepository estates, ThisWeek thisWeek, ReviewReasons reasons, HolidayCalendarService calendar, PortalClock clock, CurrentUser me) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var all = new EstateQuery { ScopePath = me.ScopePath, PageSize = 1 };
        var byStatus = new List<(ManagementStatus, int)>();
        foreach (var status in Enum.GetValues<ManagementStatus>())
            byStatus.Add((status, (await estates.SearchAsync(all with { Status = status })).TotalCount));
        return View(new HomeViewModel
        {
            ScopeName = me.ScopeName,
            Role = me.Role,
            Total = (await estates.SearchAsync(all)).TotalCount,
            ByStatus = byStatus,
            Return = await thisWeek.ForOfficerAsync(me),
            Review = await thisWeek.ForReviewerAsync(me),
            ReviewReason = await reasons.ForOfficerAsync(me),
            CalendarGaps = me.Role == Role.Admin ? await calendar.GapsAsync(clock.Today) : [],
        });
    }
}
