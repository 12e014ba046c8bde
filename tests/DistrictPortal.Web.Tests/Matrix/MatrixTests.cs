using System.Net;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using static DistrictPortal.Web.Tests.Matrix.DemoReturns;

namespace DistrictPortal.Web.Tests.Matrix;

[Collection(PortalCollection.Name)]
public sealed class MatrixTests(PortalFactory factory)
{
    private static Dictionary<(long, string), string> Cells(string html, string attribute) =>
        Html.OpeningTags(html, "matrix-cell").ToDictionary(
            t => (long.Parse(Html.Attribute(t, "data-sub-district")!), Html.Attribute(t, "data-week")!),
            t => Html.Attribute(t, attribute)!);

    private static string? Rate(string html, long subDistrictId, string which)
    {
        var row = System.Text.RegularExpressions.Regex.Match(html, $"<tr class=\"matrix-row\" data-sub-district=\"{subDistrictId}\".*?</tr>",
            System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var cell = System.Text.RegularExpressions.Regex.Match(row, $"data-rate=\"{which}\">([^<]*)<").Groups[1].Value;
        return cell.Length == 0 ? null : cell;
    }

    [Fact]
    public async Task The_demo_weeks_show_on_time_late_missing_sent_back_and_accepted()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var nanan = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Nanan);
        var donghu = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Donghu);
        using var admin = await factory.NewClient().SignInAsync("admin");

        var html = await admin.GetPageAsync("/returns/matrix?weeks=9");
        var kind = Cells(html, "data-kind");
        var status = Cells(html, "data-status");
        string W(int i) => Iso(Week(factory, i));

        Assert.Equal(6 * 9, kind.Count);
        Assert.Equal(("OnTime", "Accepted"), (kind[(pailou.Id, W(0))], status[(pailou.Id, W(0))]));
        Assert.Equal("true", Cells(html, "data-sent-back")[(pailou.Id, W(3))]);
        Assert.Equal(("OnTime", "Accepted"), (kind[(pailou.Id, W(3))], status[(pailou.Id, W(3))]));
        Assert.Equal(("Late", "Accepted"), (kind[(pailou.Id, W(5))], status[(pailou.Id, W(5))]));
        Assert.Equal(("Missing", "Draft"), (kind[(nanan.Id, W(4))], status[(nanan.Id, W(4))])); // marked overdue: an empty draft
        Assert.Equal("Late", kind[(nanan.Id, W(5))]);
        Assert.Equal(("OnTime", "Submitted"), (kind[(donghu.Id, W(7))], status[(donghu.Id, W(7))]));

        // This week: nothing from 牌楼, so it is either not yet due or missing, by the clock.
        var calendar = await CalendarAsync(factory);
        var expected = calendar.Evaluate(CurrentWeek(factory), null, Now(factory)) == Timeliness.Overdue ? "Missing" : "NotYetDue";
        Assert.Equal((expected, ""), (kind[(pailou.Id, W(8))], status[(pailou.Id, W(8))]));
        Assert.Contains($"href=\"/returns/{nanan.Id}/{W(5)}\"", html);
    }

    [Fact]
    public async Task Rates_count_due_weeks_only()
    {
        var nanan = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Nanan);
        var calendar = await CalendarAsync(factory);
        var currentDue = calendar.Evaluate(CurrentWeek(factory), null, Now(factory)) == Timeliness.Overdue;
        using var admin = await factory.NewClient().SignInAsync("admin");

        var html = await admin.GetPageAsync("/returns/matrix?weeks=9");

        // 南岸: eight demo weeks, one missing and one late (plus this week when its deadline has passed with nothing filed).
        Assert.Equal(currentDue ? "66.7%" : "75.0%", Rate(html, nanan.Id, "on-time"));
        Assert.Equal(currentDue ? "77.8%" : "87.5%", Rate(html, nanan.Id, "completeness"));
        var week4 = System.Text.RegularExpressions.Regex.Match(html,
            $"<td class=\"num\" data-week=\"{Iso(Week(factory, 4))}\" data-rate=\"completeness\">([^<]*)<").Groups[1].Value;
        Assert.Equal("83.3%", week4); // five of six sub-districts filed in week 4
    }

    [Fact]
    public async Task An_officer_sees_only_their_own_row_and_a_community_officer_none()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var rows = Html.OpeningTags(await officer.GetPageAsync("/returns/matrix"), "matrix-row");
        Assert.Equal(pailou.Id.ToString(), Html.Attribute(Assert.Single(rows), "data-sub-district"));

        using var community = await factory.NewClient().SignInAsync("yinheshi");
        Assert.Empty(Html.OpeningTags(await community.GetPageAsync("/returns/matrix"), "matrix-row"));

        using var bureau = await factory.NewClient().SignInAsync("bureau");
        Assert.Equal(6, Html.OpeningTags(await bureau.GetPageAsync("/returns/matrix"), "matrix-row").Count);
    }

    [Fact]
    public async Task The_admin_filters_by_district_and_the_weeks_are_bounded()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        using var admin = await factory.NewClient().SignInAsync("admin");

        var html = await admin.GetPageAsync($"/returns/matrix?district={district.Id}&weeks=100");
        Assert.Equal(6, Html.OpeningTags(html, "matrix-row").Count);
        Assert.Equal(6 * 26, Html.OpeningTags(html, "matrix-cell").Count);
        Assert.Equal(6 * 8, Html.OpeningTags(await admin.GetPageAsync("/returns/matrix"), "matrix-cell").Count);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/returns/matrix?district=987654")).StatusCode);
        using var officer = await factory.NewClient().SignInAsync("pailou");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/returns/matrix?district={district.Id}")).StatusCode);
    }
}
