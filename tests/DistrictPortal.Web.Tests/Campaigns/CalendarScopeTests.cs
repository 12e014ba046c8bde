using System.Net;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Campaigns;

/// <summary>
/// Issue 14: the holiday calendar is national and one for the portal, so only a city-scoped admin edits it; a
/// district-scoped admin reads it and is refused (403) on every write, with nothing written.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CalendarScopeTests(PortalFactory factory)
{
    private const string Password = "District-Admin-Calendar-1";

    private ICampaignRepository Campaigns => factory.Services.GetRequiredService<ICampaignRepository>();

    [Fact]
    public async Task A_district_admin_reads_the_calendar_but_every_write_is_refused_and_nothing_is_written()
    {
        using var districtAdmin = await factory.NewClient().SignInAsync(await DistrictAdminAsync(), Password);
        var year = await Campaigns.ListCalendarAsync(new(2026, 1, 1), new(2026, 12, 31));

        var page = await districtAdmin.GetPageAsync("/campaigns/calendar?year=2026");
        Assert.Contains("calendar-read-only", page);
        Assert.DoesNotContain("/campaigns/calendar/add", page);
        var token = await districtAdmin.TokenFromAsync("/hierarchy");

        var add = await districtAdmin.PostWithoutTokenAsync("/campaigns/calendar/add",
            [new("date", "2033-05-04"), new("makeUp", "false"), new("name", "青年节"), new("__RequestVerificationToken", token)]);
        var remove = await districtAdmin.PostWithoutTokenAsync("/campaigns/calendar/remove",
            [new("date", "2026-10-01"), new("__RequestVerificationToken", token)]);
        var confirm = await districtAdmin.PostWithoutTokenAsync("/campaigns/calendar/import/confirm",
            [new("year", "2033"), new("content", "日期,类型,名称\n2033-01-01,放假,元旦\n"), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await districtAdmin.GetAsync("/campaigns/calendar/import?year=2033")).StatusCode);
        Assert.Empty(await Campaigns.ListCalendarAsync(new(2033, 1, 1), new(2033, 12, 31)));
        Assert.Equal(year.Count, (await Campaigns.ListCalendarAsync(new(2026, 1, 1), new(2026, 12, 31))).Count);
    }

    [Fact]
    public async Task The_city_admin_edits_it()
    {
        using var cityAdmin = await factory.NewClient().SignInAsync("admin");

        var add = await cityAdmin.PostFormAsync("/campaigns/calendar/add",
            [new("date", "2034-05-04"), new("makeUp", "false"), new("name", "青年节")], tokenPage: "/campaigns/calendar");

        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Single(await Campaigns.ListCalendarAsync(new(2034, 1, 1), new(2034, 12, 31)));
    }

    private async Task<string> DistrictAdminAsync()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        var users = factory.Services.GetRequiredService<IUserRepository>();
        var user = new User
        {
            UserName = "district-admin-" + Guid.NewGuid().ToString("N")[..8],
            DisplayName = "区级管理员",
            Role = Role.Admin,
            ScopeNodeId = district.Id,
        };
        user.PasswordHash = factory.Services.GetRequiredService<IPasswordHasher<User>>().HashPassword(user, Password);
        await users.CreateAsync(user, UserAudit.Created(user, new ChangeContext(0, "test", DateTime.UtcNow)));
        return user.UserName;
    }
}
