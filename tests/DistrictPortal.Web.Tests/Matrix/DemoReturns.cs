using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Matrix;

/// <summary>The demo's campaign and its weeks as DemoReturnHistory laid them out: week 0 is the first, week 8 the current one.</summary>
internal static class DemoReturns
{
    public const string Nanan = "南岸街道（演示）";
    public const string Donghu = "东湖街道（演示）";
    public const string Zhonghualu = "中华路街道（演示）";

    public static DateTime Now(PortalFactory factory) => factory.Services.GetRequiredService<PortalClock>().UtcNow;

    public static DateOnly CurrentWeek(PortalFactory factory) => CampaignDirectory.WeekEndingAt(Now(factory));

    /// <summary>The week ending of demo week <paramref name="index"/> (0 = the campaign's first week, 8 = this week).</summary>
    public static DateOnly Week(PortalFactory factory, int index) => CurrentWeek(factory).AddDays(-7 * (DemoReturnHistory.Weeks - index));

    public static async Task<Campaign> CampaignAsync(PortalFactory factory)
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        return (await factory.Services.GetRequiredService<ICampaignRepository>().GetForNodeAsync(district.Path))!;
    }

    public static async Task<ReportingCalendar> CalendarAsync(PortalFactory factory) =>
        await factory.Services.GetRequiredService<CampaignDirectory>()
            .CalendarAsync((await CampaignAsync(factory)).DeadlineRule, Week(factory, 0), CurrentWeek(factory));

    public static async Task<User> UserAsync(PortalFactory factory, string userName) =>
        (await factory.Services.GetRequiredService<IUserRepository>().GetByUserNameAsync(userName))!;

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
