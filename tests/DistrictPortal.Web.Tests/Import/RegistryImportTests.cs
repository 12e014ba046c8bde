using System.Net;
using ClosedXML.Excel;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DistrictPortal.Web.Tests.Import.ImportPortal;

namespace DistrictPortal.Web.Tests.Import;

[Collection(ImportCollection.Name)]
public sealed class RegistryImportTests(PortalFactory factory)
{
    // The template's registry sheet: title, scope line, header in row 3; 社区 A … 户数 G … 分类 J … 标杆 M.
    private const int FirstRow = 4;

    private async Task<int> EstateCountAsync(Node scope) =>
        (await factory.Services.GetRequiredService<IEstateRepository>().SearchAsync(new EstateQuery { ScopePath = scope.Path, PageSize = 1 })).TotalCount;

    private static int RowOf(IXLWorksheet sheet, string community, string? estate = null) =>
        sheet.RowsUsed().First(r => r.RowNumber() >= FirstRow && r.Cell(1).GetString() == community
            && (estate is null || r.Cell(2).GetString() == estate)).RowNumber();

    [Fact]
    public async Task A_messy_sheet_previews_with_notices_and_commits_every_row_in_one_go()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var client = await factory.NewClient().SignInAsync("pailou");
        var before = await EstateCountAsync(pailou);
        var workbook = await TemplateAsync(client, pailou.Id);
        var sheet = workbook.Worksheet("小区台账");
        Assert.Equal(before, sheet.RowsUsed().Count(r => r.RowNumber() >= FirstRow));

        // One estate of 大河沟社区 gets more households, typed with full-width digits by the input method.
        var changedRow = RowOf(sheet, "大河沟社区");
        var changedName = sheet.Cell(changedRow, 2).GetString();
        var households = sheet.Cell(changedRow, 7).GetValue<int>() + 11;
        sheet.Cell(changedRow, 7).SetValue(string.Concat(households.ToString().Select(c => (char)(c - '0' + '０'))));
        // A new 大河沟社区 estate whose class the survey could not settle (the P5 row's classes add to 10, not 20): 未分类.
        var newRow = sheet.LastRowUsed()!.RowNumber() + 1;
        object[] added = ["大河沟社区", "河沟新村", "大河沟路 8 号", 1992, "是", "１７", 560, "12,345.50", null!, "未分类", "无物业", "否", "否"];
        for (var c = 0; c < added.Length; c++)
            if (added[c] is { } v) sheet.Cell(newRow, c + 1).SetValue(v.ToString());
        // And a 合计 row, as offices add one, stating the households of the rows above.
        var total = sheet.RowsUsed().Where(r => r.RowNumber() >= FirstRow && r.RowNumber() != changedRow && r.RowNumber() < newRow)
            .Sum(r => r.Cell(7).GetValue<int>()) + households + 560;
        sheet.Cell(newRow + 1, 1).SetValue("合 计");
        sheet.Cell(newRow + 1, 7).SetValue(total);

        var html = await PreviewAsync(client, pailou.Id, Bytes(workbook));

        var preview = Assert.Single(Html.OpeningTags(html, "import-preview"));
        Assert.Equal(("1", "1", "0"), (Html.Attribute(preview, "data-adds"), Html.Attribute(preview, "data-changes"), Html.Attribute(preview, "data-errors")));
        var issues = Issues(html);
        Assert.Contains(("FullWidthDigits", "Warning", $"小区台账!G{changedRow}"), issues);
        Assert.Contains(("FullWidthDigits", "Warning", $"小区台账!F{newRow}"), issues);
        Assert.All(issues, i => Assert.Equal("Warning", i.Severity));
        Assert.Equal(before, await EstateCountAsync(pailou)); // a preview writes nothing

        var response = await ConfirmAsync(client, html);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before + 1, await EstateCountAsync(pailou));
        var estates = factory.Services.GetRequiredService<IEstateRepository>();
        var found = (await estates.SearchAsync(new EstateQuery { ScopePath = pailou.Path, Text = "河沟新村" })).Items.Single();
        Assert.Equal((17, 12345.50m, EstateClass.Unclassified, "大河沟社区"), (found.Buildings, found.FloorArea, found.Class, found.CommunityName));
        var changed = (await estates.SearchAsync(new EstateQuery { ScopePath = pailou.Path, Text = changedName })).Items.First(e => e.Name == changedName);
        Assert.Equal(households, changed.Households);
        var audit = factory.Services.GetRequiredService<IAuditRepository>();
        Assert.Equal(Demo.Operator("pailou"), Assert.Single(await audit.ListForEntityAsync(EstateAudit.EntityType, found.Id)).UserName);
        Assert.Contains(await audit.ListForEntityAsync(EstateAudit.EntityType, changed.Id), a => a.Field == "Households" && a.NewValue == households.ToString());

        // The same confirmation again is now a changed registry: refused, nothing written twice.
        var again = await ConfirmAsync(client, html);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("import-refusal", await again.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await EstateCountAsync(pailou));
    }

    [Fact]
    public async Task A_broken_sheet_is_refused_cell_by_cell_and_writes_nothing()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var client = await factory.NewClient().SignInAsync("pailou");
        var before = await EstateCountAsync(pailou);
        var workbook = await TemplateAsync(client, pailou.Id);
        var sheet = workbook.Worksheet("小区台账");
        var newRow = sheet.LastRowUsed()!.RowNumber() + 1;
        object[] good = ["太平社区", "太平新苑", "太平路 1 号", 2001, "是", 3, 90, 5000, 20, "二类", "无物业", "否", "否"];
        object[] unknown = ["不存在社区", "幽灵小区", null!, 2001, "是", 3, 90, 5000, 20, "二类", "无物业", "否", "否"];
        object[] badClass = ["万安社区", "万安四期", null!, 2001, "是", 3, "-5", 5000, 20, "四类", "无物业", "否", "否"];
        foreach (var (values, row) in new[] { (good, newRow), (unknown, newRow + 1), (badClass, newRow + 2) })
            for (var c = 0; c < values.Length; c++)
                if (values[c] is { } v) sheet.Cell(row, c + 1).SetValue(v.ToString());
        // The summary as P5 states it: 大河沟社区 20 in total, but 3 + 3 + 4 = 10 by class.
        var summary = workbook.Worksheet("分类汇总");
        var dahegou = summary.RowsUsed().First(r => r.Cell(1).GetString() == "大河沟社区").RowNumber();
        summary.Cell(dahegou, 2).SetValue(20);
        summary.Cell(dahegou, 3).SetValue(3);
        summary.Cell(dahegou, 4).SetValue(3);
        summary.Cell(dahegou, 5).SetValue(4);

        var html = await PreviewAsync(client, pailou.Id, Bytes(workbook));

        var issues = Issues(html);
        Assert.Contains(("UnknownCommunity", "Error", $"小区台账!A{newRow + 1}"), issues);
        Assert.Contains(("InvalidClass", "Error", $"小区台账!J{newRow + 2}"), issues);
        Assert.Contains(issues, i => i.Code == "Negative" && i.Location == $"小区台账!G{newRow + 2}");
        Assert.Contains(("SummaryClassesDisagree", "Error", $"分类汇总!B{dahegou}"), issues);
        Assert.Contains("大河沟社区：合计填 20，但 一类 3 + 二类 3 + 三类 4 = 10，相差 10。", System.Net.WebUtility.HtmlDecode(html));
        Assert.False(OffersConfirmation(html));
        Assert.Equal(before, await EstateCountAsync(pailou));

        // A confirmation forged without a valid payload writes nothing either.
        var forged = await client.PostFormAsync("/estates/import/commit",
            [new("subDistrict", pailou.Id.ToString()), new("payload", "CfDJ8-forged"), new("digest", "0")], $"/estates/import?subDistrict={pailou.Id}");
        Assert.Contains("预览已过期或无效", await forged.Content.ReadAsStringAsync());
        Assert.Equal(before, await EstateCountAsync(pailou));
    }

    [Theory]
    [InlineData("NotASpreadsheet", "上传的不是 Excel 工作簿")]
    [InlineData("Encrypted", "文件设置了打开密码")]
    [InlineData("TooLarge", "文件超过 5 MB 的上限")]
    public async Task Files_that_are_not_spreadsheets_are_encrypted_or_too_large_get_one_clear_message(string code, string message)
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var client = await factory.NewClient().SignInAsync("pailou");
        byte[] file = code switch
        {
            "NotASpreadsheet" => "社区,小区名称\n太平社区,太平里\n"u8.ToArray(),
            // A password-protected .xlsx is an OLE compound file holding EncryptionInfo and EncryptedPackage streams.
            "Encrypted" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")],
            _ => new byte[5 * 1024 * 1024 + 1],
        };

        var html = await PreviewAsync(client, pailou.Id, file, "upload.xlsx");

        Assert.Equal([(code, "Error", "")], Issues(html));
        Assert.Contains(message, html);
        Assert.False(OffersConfirmation(html));
    }

    [Fact]
    public async Task Import_is_for_sub_districts_in_scope_and_roles_that_edit_the_registry()
    {
        var nanan = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "南岸街道（演示）");
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var officer = await factory.NewClient().SignInAsync("pailou");
        using var bureau = await factory.NewClient().SignInAsync("bureau");

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/estates/import/template.xlsx?subDistrict={nanan.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/estates/import?subDistrict={nanan.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.GetAsync($"/estates/import/template.xlsx?subDistrict={pailou.Id}")).StatusCode);
        Assert.Contains("href=\"/estates/import\"", await officer.GetPageAsync("/estates"));
    }
}
