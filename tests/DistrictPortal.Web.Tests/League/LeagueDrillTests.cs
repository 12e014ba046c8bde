using System.Net;
using ClosedXML.Excel;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DistrictPortal.Web.Tests.Matrix.DemoReturns;

namespace DistrictPortal.Web.Tests.League;

[Collection(PortalCollection.Name)]
public sealed class LeagueDrillTests(PortalFactory factory)
{
    private DateOnly LastClosed => Week(factory, DemoReturnHistory.Weeks - 1);

    private static int Cell(string html, long subDistrictId, string figure)
    {
        var row = System.Text.RegularExpressions.Regex.Match(html, $"<tr class=\"league-row\" data-sub-district=\"{subDistrictId}\".*?</tr>",
            System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var cell = System.Text.RegularExpressions.Regex.Match(row, $"data-figure=\"{figure}\">(.*?)</td>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        return int.Parse(Html.Text(cell), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_sub_district_officer_sees_the_whole_table_but_drills_only_into_its_own_estates()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var nanan = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Nanan);
        using var officer = await factory.NewClient().SignInAsync("pailou");
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        // The bureau's rows are rendered first and kept: the officer must still get rows rendered for its own scope.
        Assert.Contains($"href=\"/league/{nanan.Id}/estates?", await bureau.GetPageAsync("/league"));

        var html = await officer.GetPageAsync("/league");

        Assert.Equal(6, LeagueTableTests.Rows(html).Count);
        Assert.Contains($"href=\"/league/{pailou.Id}/estates?", html);
        Assert.DoesNotContain($"href=\"/league/{nanan.Id}/estates?", html);
        Assert.DoesNotContain($"href=\"/league/{nanan.Id}?", html);
        foreach (var url in new[] { $"/league/{nanan.Id}", $"/league/{nanan.Id}/estates?figure=covered", $"/league/{nanan.Id}/estates?figure=remaining&week={Iso(LastClosed)}" })
            Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(url)).StatusCode);

        // Its own figures open to exactly as many estates as the cell says.
        foreach (var figure in new[] { "baseline", "covered", "remaining" })
        {
            var estates = await officer.GetPageAsync($"/league/{pailou.Id}/estates?week={Iso(LastClosed)}&figure={figure}");
            Assert.Equal(Cell(html, pailou.Id, figure), Html.OpeningTags(estates, "league-estate").Count);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/league/{pailou.Id}/estates?figure=nonsense")).StatusCode);
    }

    [Fact]
    public async Task Rows_rendered_in_chinese_are_not_served_in_english()
    {
        using var chinese = await factory.NewClient().SignInAsync("bureau");
        using var english = await factory.NewClient().SignInAsync("bureau");
        Assert.Equal(HttpStatusCode.Redirect, (await english.PostFormAsync("/language", [new("culture", "en"), new("returnUrl", "/league")], tokenPage: "/league")).StatusCode);

        var zh = await chinese.GetPageAsync("/league");
        var en = await english.GetPageAsync("/league");

        // The row's link title is inside the kept rows; the page title outside them would pass either way.
        Assert.Contains("title=\"名次说明\"", zh);
        Assert.Contains("title=\"Why this rank\"", en);
        Assert.DoesNotContain("title=\"名次说明\"", en);
        Assert.Equal(LeagueTableTests.Rows(zh).Keys, LeagueTableTests.Rows(en).Keys);
    }

    [Fact]
    public async Task The_bureau_drills_anywhere_and_a_sub_districts_communities_add_up_to_its_line()
    {
        var donghu = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Donghu);
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var html = await bureau.GetPageAsync($"/league?week={Iso(LastClosed)}");

        var covered = await bureau.GetPageAsync($"/league/{donghu.Id}/estates?week={Iso(LastClosed)}&figure=covered");
        Assert.Equal(Cell(html, donghu.Id, "covered"), Html.OpeningTags(covered, "league-estate").Count);

        var communities = await bureau.GetPageAsync($"/league/{donghu.Id}?week={Iso(LastClosed)}");
        var rows = System.Text.RegularExpressions.Regex.Matches(communities, "<tr class=\"community-row\".*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Value).ToList();
        Assert.NotEmpty(rows);
        int Sum(string figure) => rows.Sum(r => int.Parse(Html.Text(System.Text.RegularExpressions.Regex.Match(r, $"data-figure=\"{figure}\">(.*?)</td>",
            System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Cell(html, donghu.Id, "baseline"), Sum("baseline"));
        Assert.Equal(Cell(html, donghu.Id, "covered"), Sum("covered"));
    }

    [Fact]
    public async Task The_dashboard_shows_headlines_the_five_and_charts_drawn_in_Chinese()
    {
        using var bureau = await factory.NewClient().SignInAsync("bureau");

        Assert.Contains("href=\"/dashboard\"", await bureau.GetPageAsync("/"));
        var html = await bureau.GetPageAsync("/dashboard");

        var svgs = System.Text.RegularExpressions.Regex.Matches(html, "<svg.*?</svg>", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => m.Value).ToList();
        Assert.Equal(2, svgs.Count);
        Assert.Contains(svgs, s => s.Contains("清零率") && s.Contains("街道"));
        Assert.All(svgs, s => Assert.Contains("<title>", s));
        // Top five and bottom five never repeat a line: with n ranked, min(5, n) on top and the rest of the last five below.
        var page = await bureau.GetPageAsync("/league");
        var league = LeagueTableTests.Rows(page);
        var ranked = league.Values.Count(t => Html.Attribute(t, "data-rank") != "");
        Assert.Equal(Math.Min(5, ranked) + (ranked <= 5 ? 0 : Math.Min(5, ranked - 5)), Html.OpeningTags(html, "five-row").Count);
        var remaining = 0;
        foreach (var id in league.Keys)
            remaining += Cell(page, id, "remaining");
        Assert.Contains($"data-headline=\"remaining\"><span class=\"tile__label\">剩余无物业小区</span><span class=\"tile__value\">{remaining:N0}</span>", html);
        // Every open supervision order of the district is listed: the demo's (南岸, missed week) and any this collection's
        // other tests raised by hand before this one ran.
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        var open = await factory.Services.GetRequiredService<ISupervisionOrderRepository>().ListAsync(district.Path, openOnly: true);
        Assert.NotEmpty(open);
        Assert.Equal(open.Count, Html.OpeningTags(html, "open-order").Count);
    }

    [Fact]
    public async Task The_export_holds_the_pages_cells_with_title_scope_week_and_rule()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");
        var html = await admin.GetPageAsync($"/league?week={Iso(LastClosed)}");
        var page = LeagueTableTests.Rows(html);

        var response = await admin.GetAsync($"/league/export.xlsx?week={Iso(LastClosed)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheets.First();

        Assert.Contains(DemoHierarchy.DistrictName, sheet.Cell(1, 1).GetString());
        Assert.Contains(Iso(LastClosed), sheet.Cell(2, 1).GetString());
        Assert.Equal("名次", sheet.Cell(3, 1).GetString());
        var i = 4;
        foreach (var (id, tag) in page)
        {
            Assert.Equal(Html.Attribute(tag, "data-rank"), sheet.Cell(i, 1).IsEmpty() ? "" : sheet.Cell(i, 1).GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(Html.Attribute(tag, "data-name"), sheet.Cell(i, 2).GetString());
            Assert.Equal(Cell(html, id, "baseline"), sheet.Cell(i, 3).GetValue<int>());
            Assert.Equal(Cell(html, id, "covered"), sheet.Cell(i, 4).GetValue<int>());
            Assert.Equal(Html.Attribute(tag, "data-percent"), sheet.Cell(i, 6).GetValue<decimal>().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
            i++;
        }
        var notes = string.Join("\n", sheet.CellsUsed().Select(c => c.GetString()));
        Assert.Contains("排名规则", notes);
    }
}
