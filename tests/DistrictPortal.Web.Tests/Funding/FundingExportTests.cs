using System.Net;
using ClosedXML.Excel;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DistrictPortal.Web.Tests.Retrofit.RetrofitWorld;

namespace DistrictPortal.Web.Tests.Funding;

[Collection(PortalCollection.Name)]
public sealed class FundingExportTests(PortalFactory factory)
{
    [Fact]
    public async Task The_workbook_reads_back_as_the_page_with_yuan_in_the_headers_the_rule_and_a_sums_row()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        using var admin = await factory.NewClient().SignInAsync("admin");
        var query = $"?year={Year(factory)}&node={district.Id}";
        var rows = Html.OpeningTags(await admin.GetPageAsync("/funding" + query), "funding-line");

        var response = await admin.GetAsync("/funding/export.xlsx" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheets.Single();
        var header = TableWorkbookWriter.HeaderRow;
        Assert.Equal("市级财政应付（元）", sheet.Cell(header, 3).GetString());
        Assert.Equal("区级财政应付（元）", sheet.Cell(header, 6).GetString());
        var row = TableWorkbookWriter.FirstDataRow;
        foreach (var tag in rows)
        {
            Assert.Equal(Html.Attribute(tag, "data-name"), sheet.Cell(row, 2).GetString());
            Assert.Equal(Dec(Html.Attribute(tag, "data-city-owed")), sheet.Cell(row, 3).GetValue<decimal>());
            Assert.Equal(Dec(Html.Attribute(tag, "data-city-paid")), sheet.Cell(row, 4).GetValue<decimal>());
            Assert.Equal(Dec(Html.Attribute(tag, "data-district-owed")), sheet.Cell(row, 6).GetValue<decimal>());
            row++;
        }
        Assert.Equal(rows.Sum(t => Dec(Html.Attribute(t, "data-district-owed"))), sheet.Cell(row, 6).GetValue<decimal>());
        var text = string.Join("\n", sheet.CellsUsed().Select(c => c.GetString()));
        Assert.Contains("多出的1分由区级承担", text);
    }

    [Fact]
    public async Task A_communitys_workbook_lists_its_projects_and_its_sums_row_is_the_pages_total()
    {
        var pailouNode = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var funding = factory.Services.GetRequiredService<IFundingRepository>();
        var project = (await Repository(factory).ListProjectsAsync(pailouNode.Path))
            .First(p => funding.ListCostsAsync(p.Id).Result.Any(c => c.Amount == 1_234_567.89m));
        using var pailou = await factory.NewClient().SignInAsync("pailou");
        var query = $"?year={Year(factory)}&node={project.CommunityId}";
        var html = await pailou.GetPageAsync("/funding" + query);
        var lines = Html.OpeningTags(html, "funding-line");
        var total = Html.OpeningTags(html, "funding-total").Single();
        Assert.NotEmpty(lines); // the community's projects, each leading to its page
        Assert.Contains($"/funding/projects/{project.Id}", html);

        using var workbook = new XLWorkbook(new MemoryStream(await pailou.Http.GetByteArrayAsync("/funding/export.xlsx" + query)));
        var sheet = workbook.Worksheets.Single();
        var sums = TableWorkbookWriter.FirstDataRow + lines.Count;
        Assert.Equal(Html.Attribute(lines[0], "data-name"), sheet.Cell(TableWorkbookWriter.FirstDataRow, 2).GetString());
        Assert.Equal(Dec(Html.Attribute(total, "data-city-owed")), sheet.Cell(sums, 3).GetValue<decimal>());
        Assert.Equal(Dec(Html.Attribute(total, "data-district-owed")), sheet.Cell(sums, 6).GetValue<decimal>());
        Assert.True(sheet.Cell(sums, 3).GetValue<decimal>() > 0);
    }
}
