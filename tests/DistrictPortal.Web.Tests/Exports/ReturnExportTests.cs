using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using static DistrictPortal.Web.Tests.Matrix.DemoReturns;

namespace DistrictPortal.Web.Tests.Exports;

[Collection(PortalCollection.Name)]
public sealed class ReturnExportTests(PortalFactory factory)
{
    [Fact]
    public async Task One_return_exports_its_rows_and_figures_as_the_page_shows_them()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var url = $"/returns/{pailou.Id}/{Iso(Week(factory, 5))}";
        using var client = await factory.NewClient().SignInAsync("pailou");
        var html = await client.GetPageAsync(url);
        string Figure(string name) => Html.Attribute(Html.OpeningTags(html, "figure").First(t => Html.Attribute(t, "data-figure") == name), "data-value")!;
        Assert.Contains($"href=\"{url}/export.xlsx\"", html);

        var (workbook, fileName) = await Workbooks.DownloadAsync(client, url + "/export.xlsx");

        Assert.Equal($"牌楼街道_周报_{Iso(Week(factory, 5))}.xlsx", fileName);
        var sheet = workbook.Worksheet("周报");
        Assert.StartsWith("牌楼街道 周报（", sheet.Cell(1, 1).GetString());
        var rows = Workbooks.DataRows(sheet);
        Assert.Equal(int.Parse(Figure("baseline")), rows.Count);
        var struckOff = rows.Count(r => r.Cell(Workbooks.Column(sheet, "是否销号")).GetString() == "是");
        Assert.Equal(int.Parse(Figure("covered")), struckOff);
        var notes = string.Join("\n", sheet.RowsUsed().Select(r => r.Cell(1).GetString()));
        Assert.Contains($"已销号 {Figure("covered")} 个", notes);
        // Ready to file: the narrative and the signature block.
        foreach (var part in new[] { "本周进展：", "存在问题：", "下周计划：", "填报单位：牌楼街道", "填报人：", "联系电话：", "审核人：", "审核时间：" })
            Assert.Contains(part, notes);
        Assert.Matches("审核时间：\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}（北京时间）", notes); // week 5 is accepted
    }

    [Fact]
    public async Task A_return_outside_the_scope_is_404()
    {
        var nanan = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Nanan);
        using var client = await factory.NewClient().SignInAsync("pailou");

        var response = await client.GetAsync($"/returns/{nanan.Id}/{Iso(Week(factory, 5))}/export.xlsx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_list_export_holds_every_line_the_filtered_list_counts()
    {
        using var client = await factory.NewClient().SignInAsync("admin");
        var html = await client.GetPageAsync("/returns?status=Accepted");
        var count = int.Parse(Regex.Match(html, "共 (\\d+) 条").Groups[1].Value);

        var (workbook, fileName) = await Workbooks.DownloadAsync(client, "/returns/export.xlsx?status=Accepted");

        Assert.EndsWith($"_周报报送情况_{Workbooks.Today(factory)}.xlsx", fileName);
        var rows = Workbooks.DataRows(workbook.Worksheet("周报报送情况"));
        Assert.True(count > 0);
        Assert.Equal(count, rows.Count);
        Assert.All(rows, r => Assert.Equal("审核通过", r.Cell(4).GetString()));
        Assert.Equal(XLDataType.DateTime, rows[0].Cell(2).DataType);
    }

    [Fact]
    public async Task The_matrix_export_carries_the_rates_of_the_page()
    {
        var nanan = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Nanan);
        using var client = await factory.NewClient().SignInAsync("admin");
        var html = await client.GetPageAsync("/returns/matrix?weeks=9");
        var row = Regex.Match(html, $"<tr class=\"matrix-row\" data-sub-district=\"{nanan.Id}\".*?</tr>", RegexOptions.Singleline).Value;
        var onTime = Regex.Match(row, "data-rate=\"on-time\">([^<]*)<").Groups[1].Value;

        var (workbook, _) = await Workbooks.DownloadAsync(client, "/returns/matrix/export.xlsx?weeks=9");

        var sheet = workbook.Worksheet("报送矩阵");
        var rows = Workbooks.DataRows(sheet);
        Assert.Equal(6, rows.Count);
        var nananRow = rows.Single(r => r.Cell(2).GetString() == Nanan);
        var rate = nananRow.Cell(Workbooks.Column(sheet, "按时报送率（%）"));
        Assert.Equal(XLDataType.Number, rate.DataType);
        Assert.Equal(onTime, rate.GetValue<decimal>().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%");
        Assert.Equal("未报", nananRow.Cell(4 + 4).GetString()); // week 4: marked overdue (columns: 序号, 街道, 区, then weeks 0..8)
    }

    [Fact]
    public async Task The_bulk_return_rows_export_covers_the_range_of_weeks_in_scope_only()
    {
        using var client = await factory.NewClient().SignInAsync("pailou");
        var from = Iso(Week(factory, 0));
        var to = Iso(Week(factory, 7));

        var (workbook, fileName) = await Workbooks.DownloadAsync(client, $"/returns/export-all.xlsx?from={from}&to={to}");

        Assert.StartsWith($"牌楼街道_周报明细_{from}至{to}_", fileName);
        var rows = Workbooks.DataRows(workbook.Worksheet("周报明细"), firstRow: 2);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(DemoHierarchy.PailouName, r.Cell(2).GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/returns/export-all.xlsx?from=2026-11-26")).StatusCode);
    }
}
