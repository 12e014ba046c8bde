using System.Net;
using ClosedXML.Excel;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Tests.Estates;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Exports;

[Collection(PortalCollection.Name)]
public sealed class RegistryExportTests(PortalFactory factory)
{
    [Fact]
    public async Task Pailou_registry_workbook_holds_the_176_estates_of_the_page_with_title_file_name_and_P5_summary()
    {
        using var client = await factory.NewClient().SignInAsync("pailou");
        var html = await client.GetPageAsync("/estates");
        var pageTotal = int.Parse(Html.Attribute(Assert.Single(Html.OpeningTags(html, "result-count")), "data-total")!);
        Assert.Contains("href=\"/estates/export.xlsx\"", html);

        var (workbook, fileName) = await Workbooks.DownloadAsync(client, "/estates/export.xlsx");

        Assert.Equal($"牌楼街道_小区台账_{Workbooks.Today(factory)}.xlsx", fileName);
        var sheet = workbook.Worksheet("小区台账");
        Assert.Equal("牌楼街道 小区台账", sheet.Cell(1, 1).GetString());
        Assert.Contains(Workbooks.Today(factory), sheet.Cell(2, 1).GetString());
        Assert.Equal("序号", sheet.Cell(3, 1).GetString());
        Assert.Equal(3, sheet.SheetView.SplitRow);
        Assert.Equal(pageTotal, Workbooks.DataRows(sheet).Count);
        // Households are numbers with a format, and the 合计 row is their sum.
        var households = Workbooks.Column(sheet, "户数");
        Assert.Equal(XLDataType.Number, sheet.Cell(4, households).DataType);
        Assert.Equal("#,##0", sheet.Cell(4, households).Style.NumberFormat.Format);
        Assert.Equal(Workbooks.DataRows(sheet).Sum(r => r.Cell(households).GetValue<decimal>()),
            Workbooks.TotalRow(sheet).Cell(households).GetValue<decimal>());

        var summary = workbook.Worksheet("分类汇总");
        var byCommunity = Workbooks.DataRows(summary).ToDictionary(r => r.Cell(2).GetString(), r => r.Cell(3).GetValue<int>());
        foreach (var (community, (total, _, _, _)) in RegistryListTests.Pailou)
            Assert.Equal(total, byCommunity[community]);
        Assert.Equal(pageTotal, Workbooks.TotalRow(summary).Cell(3).GetValue<int>());
    }

    [Fact]
    public async Task The_filters_of_the_page_apply_to_the_export()
    {
        var dahegou = await Demo.NodeAsync(factory, NodeLevel.Community, "大河沟社区");
        using var client = await factory.NewClient().SignInAsync("pailou");
        var html = await client.GetPageAsync($"/estates?community={dahegou.Id}&class=Unclassified");
        var pageTotal = int.Parse(Html.Attribute(Assert.Single(Html.OpeningTags(html, "result-count")), "data-total")!);
        Assert.Contains($"href=\"/estates/export.xlsx?community={dahegou.Id}&amp;class=Unclassified\"", html);

        var (workbook, _) = await Workbooks.DownloadAsync(client, $"/estates/export.xlsx?community={dahegou.Id}&class=Unclassified");

        var rows = Workbooks.DataRows(workbook.Worksheet("小区台账"));
        Assert.Equal(10, pageTotal);
        Assert.Equal(pageTotal, rows.Count);
        Assert.All(rows, r => Assert.Equal("大河沟社区", r.Cell(2).GetString()));
        Assert.All(rows, r => Assert.Equal("未分类", r.Cell(11).GetString()));
    }

    [Fact]
    public async Task A_community_officer_exports_only_their_community_even_when_asking_for_another()
    {
        var wanan = await Demo.NodeAsync(factory, NodeLevel.Community, "万安社区");
        using var client = await factory.NewClient().SignInAsync("yinheshi");

        var (mine, fileName) = await Workbooks.DownloadAsync(client, "/estates/export.xlsx");
        var (other, _) = await Workbooks.DownloadAsync(client, $"/estates/export.xlsx?community={wanan.Id}");

        Assert.StartsWith("印盒石社区_小区台账_", fileName);
        Assert.Equal(17, Workbooks.DataRows(mine.Worksheet("小区台账")).Count);
        Assert.Empty(Workbooks.DataRows(other.Worksheet("小区台账")));
    }

    [Fact]
    public async Task The_bulk_export_streams_every_estate_of_the_scope_with_a_sum_row()
    {
        using var client = await factory.NewClient().SignInAsync("pailou");

        var (workbook, fileName) = await Workbooks.DownloadAsync(client, "/estates/export-all.xlsx");

        Assert.Equal($"牌楼街道_小区台账数据_{Workbooks.Today(factory)}.xlsx", fileName);
        var sheet = workbook.Worksheet("小区台账");
        Assert.Equal("序号", sheet.Cell(1, 1).GetString());
        var rows = Workbooks.DataRows(sheet, firstRow: 2);
        Assert.Equal(176, rows.Count);
        Assert.All(rows, r => Assert.Equal("牌楼街道", r.Cell(2).GetString()));
        var households = Workbooks.Column(sheet, "户数", headerRow: 1);
        Assert.Equal(rows.Sum(r => r.Cell(households).GetValue<decimal>()), Workbooks.TotalRow(sheet).Cell(households).GetValue<decimal>());
    }

    [Fact]
    public async Task Signed_out_exports_go_to_the_sign_in_page()
    {
        using var client = factory.NewClient();
        var response = await client.GetAsync("/estates/export.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }
}
