using System.Net;
using ClosedXML.Excel;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using static DistrictPortal.Web.Tests.Retrofit.RetrofitWorld;

namespace DistrictPortal.Web.Tests.Retrofit;

[Collection(PortalCollection.Name)]
public sealed class RetrofitExportTests(PortalFactory factory)
{
    [Fact]
    public async Task The_workbook_reads_back_as_the_page_with_m2_in_the_headers_and_a_sums_row()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var query = $"?year={Year(factory)}&node={district.Id}";
        var page = Lines(await bureau.GetPageAsync("/retrofit" + query));

        var response = await bureau.GetAsync("/retrofit/export.xlsx" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheets.First();
        var header = TableWorkbookWriter.HeaderRow;
        // 序号 first, then node, target, accepted.
        Assert.Equal("年度目标（m²）", sheet.Cell(header, 3).GetString());
        Assert.Equal("已验收接收（m²）", sheet.Cell(header, 4).GetString());
        var row = TableWorkbookWriter.FirstDataRow;
        foreach (var (name, line) in page)
        {
            Assert.Equal(name, sheet.Cell(row, 2).GetString());
            Assert.Equal(line.Target, sheet.Cell(row, 3).GetValue<decimal>());
            Assert.Equal(line.Accepted, sheet.Cell(row, 4).GetValue<decimal>());
            Assert.Equal(line.Behind, sheet.Cell(row, 8).GetString().StartsWith("预计缺口", StringComparison.Ordinal));
            row++;
        }
        Assert.Equal(TableWorkbookWriter.TotalLabel, sheet.Cell(row, 1).GetString());
        Assert.Equal(page.Values.Sum(l => l.Target), sheet.Cell(row, 3).GetValue<decimal>());
        Assert.Equal(2, workbook.Worksheets.Count);
    }

    [Fact]
    public async Task An_export_outside_the_scope_is_404()
    {
        var donghu = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Donghu);
        using var pailou = await factory.NewClient().SignInAsync("pailou");
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync($"/retrofit/export.xlsx?node={donghu.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync($"/funding/export.xlsx?node={donghu.Id}")).StatusCode);
    }
}
