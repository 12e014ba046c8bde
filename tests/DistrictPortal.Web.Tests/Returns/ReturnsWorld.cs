using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>
/// The portal on its own database with the clock pinned (Portal:Now) to Friday 27 Nov 2026, 16:30 in Shanghai, half an
/// hour before the default deadline. The demo's eight weeks of returns are seeded relative to that clock, so this week
/// (ending 2026-11-27) has no return from anyone yet. Further hosts on the same database can pin other instants.
/// </summary>
public sealed class ReturnsWorld : IDisposable
{
    public const string Friday = "2026-11-27T16:30:00+08:00";
    public static readonly DateOnly Week = new(2026, 11, 27);
    public static readonly DateOnly LastWeek = Week.AddDays(-7);

    private readonly PortalFactory _base = new();

    public ReturnsWorld()
    {
        Portal = At(Friday);
        // Start it now, so the demo data is seeded under this clock before any other host opens the database.
        _ = Portal.Services;
    }

    public WebApplicationFactory<Program> Portal { get; }

    /// <summary>Another host on the same database with the clock pinned at <paramref name="now"/>.</summary>
    public WebApplicationFactory<Program> At(string now) =>
        _base.WithWebHostBuilder(b => b.UseEnvironment("Development").UseSetting("Portal:Now", now));

    public static PortalClient Client(WebApplicationFactory<Program> host) =>
        new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public Task<PortalClient> SignInAsync(string userName) => Client(Portal).SignInAsync(userName);

    public static async Task<Node> SubDistrictAsync(WebApplicationFactory<Program> host, string name)
    {
        var nodes = host.Services.GetRequiredService<INodeRepository>();
        var root = Assert.Single(await nodes.GetRootsAsync());
        return Assert.Single(await nodes.ListByLevelAsync(root.Path, NodeLevel.SubDistrict), n => n.Name == name);
    }

    /// <summary>
    /// The demo district's campaign. The demo history creates one; a host whose campaign store is empty (an in-memory
    /// stand-in not shared between hosts) gets one here, so a test stands on its own either way.
    /// </summary>
    public static async Task<Campaign> CampaignAsync(WebApplicationFactory<Program> host)
    {
        var nodes = host.Services.GetRequiredService<INodeRepository>();
        var campaigns = host.Services.GetRequiredService<ICampaignRepository>();
        var root = Assert.Single(await nodes.GetRootsAsync());
        var district = Assert.Single(await nodes.ListByLevelAsync(root.Path, NodeLevel.District), d => d.Name == DemoHierarchy.DistrictName);
        if (await campaigns.GetForNodeAsync(district.Path) is { } existing)
            return existing;
        var created = await new CampaignService(campaigns, nodes, host.Services.GetRequiredService<Core.Estates.IEstateRepository>()).CreateAsync(new Campaign
        {
            DistrictId = district.Id,
            Name = DemoReturnHistory.CampaignName,
            StartDate = ReportingCalendar.WeekStart(Week.AddDays(-56)),
        }, new Core.Auditing.ChangeContext(0, "test", DateTime.UtcNow));
        Assert.True(created.Succeeded);
        return (await campaigns.GetByIdAsync(created.Value))!;
    }

    public static Task<WeeklyReturn?> StoredAsync(WebApplicationFactory<Program> host, long subDistrictId, DateOnly week) =>
        host.Services.GetRequiredService<IWeeklyReturnRepository>().GetAsync(subDistrictId, week);

    public static string Url(long subDistrictId, DateOnly week) => ReturnPage.Url(subDistrictId, week);

    public void Dispose() => _base.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ReturnsCollection : ICollectionFixture<ReturnsWorld>
{
    public const string Name = "returns";
}
