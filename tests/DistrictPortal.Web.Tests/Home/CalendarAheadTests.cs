using DistrictPortal.Web.Tests.Infrastructure;
using DistrictPortal.Web.Tests.Returns;

namespace DistrictPortal.Web.Tests.Home;

/// <summary>
/// Issue 16 item 8 on the pages. The demo enters 2026's holiday notice and not 2027's; hosts on the returns world's
/// database pin the clock (Portal:Now) on either side of 1 October and on New Year's Eve.
/// </summary>
[Collection(ReturnsCollection.Name)]
public sealed class CalendarAheadTests(ReturnsWorld world)
{
    private const string NewYearsEve = "2026-12-31T10:00:00+08:00";

    [Theory]
    [InlineData("2026-09-30T10:00:00+08:00", false)]
    [InlineData("2026-10-01T10:00:00+08:00", true)]
    [InlineData(NewYearsEve, true)]
    public async Task From_October_the_admin_home_page_warns_that_next_years_calendar_is_missing(string now, bool warned)
    {
        using var host = world.At(now);
        using var admin = await ReturnsWorld.Client(host).SignInAsync("admin");

        var page = await admin.GetPageAsync("/");

        Assert.Equal(warned, page.Contains("class=\"calendar-gap\" data-year=\"2027\"", StringComparison.Ordinal));
        if (warned)
            Assert.Contains("/campaigns/calendar?year=2027", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_admin_is_warned()
    {
        using var host = world.At(NewYearsEve);
        using var officer = await ReturnsWorld.Client(host).SignInAsync("pailou");

        Assert.DoesNotContain("calendar-gap", await officer.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_New_Years_Eve_the_deadline_on_New_Years_Day_is_marked_on_the_return_and_the_home_page()
    {
        using var host = world.At(NewYearsEve);
        await ReturnsWorld.CampaignAsync(host);
        var node = await ReturnsWorld.SubDistrictAsync(host, "牌楼街道");
        using var officer = await ReturnsWorld.Client(host).SignInAsync("pailou");

        var home = await officer.GetPageAsync("/");
        var returnPage = await officer.GetPageAsync(ReturnsWorld.Url(node.Id, new DateOnly(2027, 1, 1)));

        // The deadline itself is still shown (2027-01-01 17:00), with the mark beside it.
        Assert.Contains("data-calendar-missing=\"2027\"", home, StringComparison.Ordinal);
        Assert.Contains("data-calendar-missing=\"2027\"", returnPage, StringComparison.Ordinal);
        Assert.Contains("2027 年节假日未录入", returnPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_week_inside_an_entered_year_carries_no_mark()
    {
        using var host = world.At("2026-12-24T10:00:00+08:00");
        await ReturnsWorld.CampaignAsync(host);
        var node = await ReturnsWorld.SubDistrictAsync(host, "牌楼街道");
        using var officer = await ReturnsWorld.Client(host).SignInAsync("pailou");

        Assert.DoesNotContain("data-calendar-missing", await officer.GetPageAsync(ReturnsWorld.Url(node.Id, new DateOnly(2026, 12, 25))), StringComparison.Ordinal);
    }
}
