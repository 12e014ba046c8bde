using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Tests.League;

/// <summary>
/// The league's 计划逾期 (shown, not scored) is in the full Excel sheet too, by the page's definition: each sub-district's
/// cell in the workbook is the figure its row on the page shows (the demo has overdue plan rows in 牌楼).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class LeaguePlanOverdueExportTests(PortalFactory factory)
{
    [Fact]
    public async Task The_full_sheet_has_the_plan_overdue_column_with_the_pages_figures()
    {
        var l = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        string label;
        try
        {
            label = l["League.Col.PlanOverdue"];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var html = await bureau.GetPageAsync("/league?all=true");
        using var workbook = new XLWorkbook(await (await bureau.GetAsync("/league/export.xlsx?all=true")).Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("完整数据");
        var column = Assert.Single(sheet.Row(3).CellsUsed(), c => c.GetString().StartsWith(label, StringComparison.Ordinal)).Address.ColumnNumber;

        var shown = Regex.Matches(html, "<tr class=\"league-row\"[^>]*data-name=\"(?<name>[^\"]*)\".*?</tr>", RegexOptions.Singleline)
            .Select(m => (Name: System.Net.WebUtility.HtmlDecode(m.Groups["name"].Value),
                Figure: Html.Text(Regex.Match(m.Value, "<td[^>]*data-figure=\"plan-overdue\"[^>]*>(.*?)</td>", RegexOptions.Singleline).Groups[1].Value).Trim()))
            .ToList();
        var rows = sheet.Column(2).CellsUsed().Where(c => c.Address.RowNumber > 3).GroupBy(c => c.GetString())
            .ToDictionary(g => g.Key, g => g.First().Address.RowNumber);
        var compared = shown.Where(s => rows.ContainsKey(s.Name)).ToList();
        Assert.Contains(compared, s => s.Figure != "0");
        foreach (var (name, figure) in compared)
            Assert.Equal(figure, sheet.Cell(rows[name], column).GetValue<int>().ToString("#,##0", CultureInfo.InvariantCulture));
    }
}
