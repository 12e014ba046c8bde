using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Tests.Briefings;
using DistrictPortal.Web.Tests.Exports;
using DistrictPortal.Web.Tests.Faults;
using DistrictPortal.Web.Tests.Infrastructure;
using DistrictPortal.Web.Tests.Returns;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Security;

/// <summary>
/// The exports' half of <see cref="LiteralTextTests"/>: names and narratives like markup, quotes and SQL come out of an
/// Excel export and a PDF briefing exactly as typed; text beginning with = + - @ is stored as a string, never a formula
/// (formula injection), in the formatted table (ClosedXML), the streamed bulk sheet (MiniExcel) and the return's sheet.
/// </summary>
[Collection(ProofCollection.Name)]
public sealed class LiteralExportTests(ReturnsWorld world)
{
    private static readonly string[] FormulaLike =
    [
        "=HYPERLINK(\"http://evil.example\",\"点击\")（注入测试）",
        "+86 138 0000 0000（注入测试）",
        "-1+1（注入测试）",
        "@SUM(A1:A9)（注入测试）",
    ];

    private static readonly string[] Hostile = [LiteralTextTests.Payload + "（导出）", .. FormulaLike];

    [Fact]
    public async Task Estate_names_like_markup_sql_and_formulas_come_out_of_both_registry_exports_as_typed_text()
    {
        using var officer = await world.SignInAsync("yinheshi");
        foreach (var name in Hostile)
            await CreateEstateAsync(officer, name);

        foreach (var url in new[] { "/estates/export.xlsx?q=" + Uri.EscapeDataString("（注入测试）"), "/estates/export.xlsx", "/estates/export-all.xlsx" })
        {
            var (workbook, _) = await Workbooks.DownloadAsync(officer, url);
            using (workbook)
            {
                var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).ToList();
                Assert.DoesNotContain(cells, c => c.HasFormula);
                foreach (var name in url.Contains("?q=") ? FormulaLike : Hostile)
                {
                    var cell = cells.FirstOrDefault(c => c.GetString() == name);
                    Assert.True(cell is not null, $"{url} does not hold \"{name}\" exactly as typed");
                    Assert.Equal(XLDataType.Text, cell.DataType);
                }
            }
        }
    }

    [Fact]
    public async Task An_estate_named_like_markup_and_sql_is_printed_literally_in_its_PDF_briefing()
    {
        await ReturnsWorld.CampaignAsync(world.Portal);
        using var officer = await world.SignInAsync("yinheshi");
        var name = LiteralTextTests.Payload + "（简报）";
        var id = await CreateEstateAsync(officer, name);

        var response = await officer.GetAsync($"/briefings/{id}.pdf?week={ReturnsWorld.LastWeek:yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = PdfText.Of(await response.Content.ReadAsByteArrayAsync());

        // The title wraps where the line is full, so compare without whitespace; every character of the payload is there.
        Assert.Contains(Flat(name), Flat(text));
        Assert.DoesNotContain("&lt;", text);
        Assert.DoesNotContain("&quot;", text);
    }

    [Fact]
    public async Task A_return_whose_text_looks_like_markup_sql_or_a_formula_exports_it_as_typed_text()
    {
        await ReturnsWorld.CampaignAsync(world.Portal);
        // 牌楼's week: no other test of this collection files it.
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, Web.Infrastructure.DemoData.DemoHierarchy.PailouName);
        var url = ReturnsWorld.Url(pailou.Id, ReturnsWorld.Week);
        using var officer = await world.SignInAsync("pailou");
        var page = await officer.GetPageAsync(url);
        var estateId = ReturnPage.OpenEstate(page);
        var fields = ReturnPage.FormFields(page).Row(estateId, "Blockers", LiteralTextTests.Payload).Row(estateId, "HelpAsked", FormulaLike[0])
            .Command("save");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, fields, url)).StatusCode);

        var (workbook, _) = await Workbooks.DownloadAsync(officer, $"{url}/export.xlsx");
        using (workbook)
        {
            var sheet = workbook.Worksheet(1);
            Assert.DoesNotContain(sheet.CellsUsed(), c => c.HasFormula);
            var row = sheet.RowsUsed().Single(r => r.CellsUsed().Any(c => c.GetString() == LiteralTextTests.Payload));
            var help = row.Cell(Workbooks.Column(sheet, "需区级协调事项"));
            Assert.Equal((FormulaLike[0], XLDataType.Text, true), (help.GetString(), help.DataType, help.Style.IncludeQuotePrefix));
        }
    }

    private static string Flat(string text) => Regex.Replace(text, "\\s+", "");

    private async Task<long> CreateEstateAsync(PortalClient officer, string name)
    {
        var nodes = world.Portal.Services.GetRequiredService<INodeRepository>();
        var root = Assert.Single(await nodes.GetRootsAsync());
        var community = Assert.Single(await nodes.ListByLevelAsync(root.Path, NodeLevel.Community), n => n.Name == "印盒石社区");
        var created = await officer.PostFormAsync("/estates/create",
        [
            new("CommunityId", community.Id.ToString()), new("Name", name), new("Address", "印盒石1号"), new("Buildings", "1"),
            new("Households", "10"), new("FloorArea", "1000"), new("Class", "Three"), new("Status", "Unmanaged"), new("Mode", "None"),
        ]);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"the estate \"{name}\" was not created ({(int)created.StatusCode})");
        return long.Parse(Regex.Match(created.Headers.Location!.OriginalString, "/estates/(\\d+)").Groups[1].Value);
    }
}
