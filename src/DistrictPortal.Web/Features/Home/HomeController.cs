using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
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
}

/// <summary>The dashboard: what lies in the user's scope, counted by management status, and where to go next.</summary>
public sealed class HomeController(IEstateRepository estates, CurrentUser me) : Controller
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
        });
    }
}
