using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.League;

/// <summary>
/// The league's live columns and the dashboard's headlines read the same figures as the pages they come from:
/// every comparison parses both pages, so a league that computed its own retrofit %, committee counts or funding
/// balance would drift from /retrofit, /committees or /funding and fail here.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class LeagueWiringTests(PortalFactory factory)
{
    private static string Row(string html, string rowClass, string attribute, string value) =>
        Regex.Match(html, $"<tr class=\"{rowClass}\"[^>]*{attribute}=\"{Regex.Escape(value)}\".*?</tr>", RegexOptions.Singleline).Value;

    private static IReadOnlyList<string> Cells(string row) =>
        Regex.Matches(row, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(m => Html.Text(m.Groups[1].Value).Trim()).ToList();

    private static string LeagueCell(string html, long id, string figure) =>
        Regex.Match(Row(html, "league-row", "data-sub-district", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            $"<td[^>]*data-figure=\"{figure}\"[^>]*>(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public async Task The_leagues_retrofit_percent_for_pailou_is_what_the_retrofit_board_shows()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var bureau = await factory.NewClient().SignInAsync("bureau");

        var league = await bureau.GetPageAsync("/league");
        var board = await bureau.GetPageAsync("/retrofit");

        // The board's columns: target, accepted, % of target, …
        var onBoard = Cells(Row(board, "progress-line", "data-name", DemoHierarchy.PailouName))[2];
        var inLeague = Html.Text(LeagueCell(league, pailou.Id, "retrofit")).Trim();
        Assert.Matches(@"^\d+\.\d%$", onBoard);
        Assert.Equal(onBoard, inLeague);
        Assert.Contains($"href=\"/retrofit?node={pailou.Id}\"", LeagueCell(league, pailou.Id, "retrofit"));
    }

    [Fact]
    public async Task Committees_formed_and_needed_in_the_league_are_the_committees_pages_counts()
    {
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var leagueHtml = await bureau.GetPageAsync("/league");
        var league = LeagueTableTests.Rows(leagueHtml);
        var counts = Html.OpeningTags(await bureau.GetPageAsync("/committees"), "count")
            .GroupBy(t => long.Parse(Html.Attribute(t, "data-node")!)).ToDictionary(g => g.Key, g => g.First());

        var compared = 0;
        foreach (var id in league.Keys)
        {
            var cell = Regex.Match(Row(leagueHtml, "league-row", "data-sub-district", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                "<td[^>]*data-figure=\"committees\"[^>]*>").Value;
            var (formed, needed) = counts.TryGetValue(id, out var c) ? (Html.Attribute(c, "data-formed"), Html.Attribute(c, "data-need")) : ("0", "0");
            Assert.Equal((formed, needed), (Html.Attribute(cell, "data-formed"), Html.Attribute(cell, "data-needed")));
            Assert.Contains($"{formed} / {needed}", Html.Text(LeagueCell(leagueHtml, id, "committees")));
            compared += needed == "0" ? 0 : 1;
        }
        Assert.True(compared > 0, "no demo sub-district needs a committee: the comparison proves nothing");
    }

    [Fact]
    public async Task The_dashboards_retrofit_and_funding_headlines_are_the_district_lines_of_retrofit_and_funding()
    {
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var dashboard = await bureau.GetPageAsync("/dashboard");
        var retrofitTile = Html.OpeningTags(dashboard, "tile").Single(t => Html.Attribute(t, "data-headline") == "retrofit");
        var fundingTile = Html.OpeningTags(dashboard, "tile").Single(t => Html.Attribute(t, "data-headline") == "funding");

        var total = Html.OpeningTags(await bureau.GetPageAsync("/retrofit"), "progress-total").Single();
        Assert.Equal((Html.Attribute(total, "data-target"), Html.Attribute(total, "data-accepted")),
            (Html.Attribute(retrofitTile, "data-target"), Html.Attribute(retrofitTile, "data-accepted")));
        Assert.NotEqual("0", Html.Attribute(retrofitTile, "data-accepted"));
        var percent = Cells(Regex.Match(await bureau.GetPageAsync("/retrofit"), "<tr class=\"progress-total\".*?</tr>", RegexOptions.Singleline).Value)[2];
        Assert.Contains($"<span class=\"tile__value\">{percent}</span>", Regex.Match(dashboard, "data-headline=\"retrofit\".*?</a>", RegexOptions.Singleline).Value);
        Assert.Contains("href=\"/retrofit\"", retrofitTile);

        var funding = Html.OpeningTags(await bureau.GetPageAsync("/funding"), "funding-total").Single();
        foreach (var a in new[] { "data-city-owed", "data-city-paid", "data-district-owed", "data-district-paid" })
            Assert.Equal(Html.Attribute(funding, a), Html.Attribute(fundingTile, a));
        Assert.NotEqual("0", Html.Attribute(fundingTile, "data-city-owed"));
        Assert.Contains("href=\"/funding\"", fundingTile);
    }

    /// <summary>Issue 17: the dashboard prints amounts in 万元 and areas in 万㎡, as the briefing does for the same readers.</summary>
    [Fact]
    public async Task The_dashboard_shows_amounts_in_wan_yuan_and_areas_in_wan_square_metres_as_the_briefing_does()
    {
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var dashboard = await bureau.GetPageAsync("/dashboard");
        var fundingTile = Html.OpeningTags(dashboard, "tile").Single(t => Html.Attribute(t, "data-headline") == "funding");
        var retrofitTile = Html.OpeningTags(dashboard, "tile").Single(t => Html.Attribute(t, "data-headline") == "retrofit");
        decimal Attr(string tile, string name) => decimal.Parse(Html.Attribute(tile, name)!, System.Globalization.CultureInfo.InvariantCulture);

        var balance = Attr(fundingTile, "data-city-owed") - Attr(fundingTile, "data-city-paid") + Attr(fundingTile, "data-district-owed") - Attr(fundingTile, "data-district-paid");
        var funding = Regex.Match(dashboard, "data-headline=\"funding\".*?</a>", RegexOptions.Singleline).Value;
        Assert.Contains("（市、区，万元）", funding);
        Assert.Contains($"<span class=\"tile__value\" data-unit=\"万元\">{Documents.Pdf.Briefing.BriefingFormat.WanYuan(balance)}</span>", funding);
        Assert.Contains($"应拨 {Documents.Pdf.Briefing.BriefingFormat.WanYuan(Attr(fundingTile, "data-city-owed"))}，", funding);
        var retrofit = Regex.Match(dashboard, "data-headline=\"retrofit\".*?</a>", RegexOptions.Singleline).Value;
        Assert.Contains($"本年已验收 {Documents.Pdf.Briefing.BriefingFormat.WanSquareMetres(Attr(retrofitTile, "data-accepted"))} 万㎡", retrofit);
        Assert.DoesNotContain(" m²", retrofit);
    }

    [Fact]
    public async Task Overdue_items_add_committee_deadlines_and_the_why_page_shows_the_unscored_columns()
    {
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var html = await bureau.GetPageAsync("/league");
        var rows = LeagueTableTests.Rows(html);

        foreach (var id in rows.Keys)
        {
            var cell = Regex.Match(Row(html, "league-row", "data-sub-district", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                "<td[^>]*data-figure=\"overdue\"[^>]*>(.*?)</td>", RegexOptions.Singleline);
            int A(string name) => int.Parse(Html.Attribute(cell.Value, name)!, System.Globalization.CultureInfo.InvariantCulture);
            var shown = int.Parse(Regex.Match(Html.Text(cell.Groups[1].Value), @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(A("data-returns") + A("data-orders") + A("data-committee"), shown);
        }
        // The demo has committee deadlines missed, so the new part is not always zero.
        Assert.Contains(rows.Keys, id => Regex.Match(Row(html, "league-row", "data-sub-district", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "data-committee=\"([1-9]\\d*)\"").Success);

        var first = rows.First(r => Html.Attribute(r.Value, "data-rank") != "").Key;
        var why = await bureau.GetPageAsync($"/league/why/{first}");
        var shownRows = Html.OpeningTags(why, "why-component--shown");
        Assert.Equal(new[] { "Retrofit", "Committees", "Overdue" }, shownRows.Select(t => Html.Attribute(t, "data-component")));
        Assert.All(shownRows, t => Assert.Equal("false", Html.Attribute(t, "data-scored")));
        Assert.NotEqual("", Html.Attribute(shownRows[0], "data-median"));
        Assert.Contains("不计入排名", why);
        // The scored components are unchanged: the rule text still names only the three.
        Assert.Contains("排名规则", why);
    }

    [Fact]
    public async Task The_export_carries_the_new_columns_with_the_pages_values()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var admin = await factory.NewClient().SignInAsync("admin");
        var html = await admin.GetPageAsync("/league");
        using var workbook = new XLWorkbook(await (await admin.GetAsync("/league/export.xlsx")).Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("完整数据");

        var headers = sheet.Row(3).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var row = sheet.Column(2).CellsUsed().First(c => c.GetString() == DemoHierarchy.PailouName).Address.RowNumber;
        // A number with a percent format, not the text "104.9%".
        var retrofit = sheet.Cell(row, headers["改造面积完成率（%）（实时）"]);
        var shown = Html.Text(LeagueCell(html, pailou.Id, "retrofit")).Trim();
        Assert.Equal(shown, retrofit.IsEmpty() ? "—" : retrofit.GetValue<decimal>().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%");
        // The live columns say so in their headers (issue 13's as-of labels); the frozen ones are the scope line's.
        foreach (var h in new[] { "本年已验收面积（m²）", "本年面积目标（m²）", "业委会应成立", "业委会期限逾期（项）" })
            Assert.False(sheet.Cell(row, headers[h + "（实时）"]).IsEmpty(), h);
        Assert.Contains("截至", sheet.Cell(2, 1).GetString());
        Assert.Contains("审核通过时冻结", sheet.Cell(2, 1).GetString());
        Assert.Contains("不计入排名", string.Join("\n", sheet.CellsUsed().Select(c => c.GetString())));
    }

    [Fact]
    public async Task The_workbook_prints_a_summary_on_A4_landscape_with_the_week_a_district_row_numbers_and_a_legend()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");
        using var workbook = new XLWorkbook(await (await admin.GetAsync("/league/export.xlsx")).Content.ReadAsStreamAsync());
        Assert.Equal(["排名汇总", "完整数据"], workbook.Worksheets.Select(s => s.Name));

        foreach (var sheet in workbook.Worksheets)
        {
            Assert.Matches(@"统计周截至\d{4}年\d{1,2}月\d{1,2}日", sheet.Cell(1, 1).GetString());
            var headers = sheet.Row(3).CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Equal(headers.Count, headers.Distinct().Count());
            var total = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "全区").Address.RowNumber;
            var baseline = headers.IndexOf("清零基数") + 1;
            Assert.True(baseline > 0, string.Join(" | ", headers));
            var rows = Enumerable.Range(4, total - 4).ToList();
            Assert.NotEmpty(rows);
            Assert.Equal(rows.Sum(r => sheet.Cell(r, baseline).GetValue<int>()), sheet.Cell(total, baseline).GetValue<int>());
            // Every figure is a number: no cell under a figure's header holds text that reads as one.
            foreach (var r in rows)
            {
                foreach (var c in sheet.Row(r).CellsUsed().Where(c => c.DataType == XLDataType.Text))
                    Assert.False(decimal.TryParse(c.GetString().TrimEnd('%'), out _), $"{sheet.Name} {c.Address}: \"{c.GetString()}\" is text");
            }
            var text = string.Join("\n", sheet.CellsUsed().Select(c => c.GetString()));
            Assert.Contains("沿用上期——", text);
            Assert.DoesNotContain("Q1", text);
        }

        var summary = workbook.Worksheet("排名汇总");
        Assert.Equal((XLPaperSize.A4Paper, XLPageOrientation.Landscape), (summary.PageSetup.PaperSize, summary.PageSetup.PageOrientation));
        // A4 landscape less the margins is about 10.9 in; at 80 % that holds about 185 character widths of columns.
        var width = summary.ColumnsUsed().Sum(c => c.Width);
        Assert.True(width <= 180, $"the summary is {width:0} characters wide: it would print below 80 %");
    }
}
