using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DistrictPortal.Web.Tests.Infrastructure;
using DistrictPortal.Web.Tests.Security;
using Xunit.Abstractions;

namespace DistrictPortal.Web.Tests.Exports;

/// <summary>
/// Issue 17: every table workbook the portal offers has a 合计 row (全区 for the league) for every column that sums, and
/// each total is the sum of its rows. The workbooks are the ones the navigation walk finds for the admin, a sub-district
/// officer and a community officer (a community's funding export once had a 合计 of zeros); a test beside it keeps the
/// walk honest by finding a download for every .xlsx route the app maps.
/// </summary>
public sealed partial class TotalRowTests(TotalRowTests.World world, ITestOutputHelper output) : IClassFixture<TotalRowTests.World>
{
    /// <summary>A portal of its own, so the totals are of the demo data only.</summary>
    public sealed class World : PortalFactory;

    /// <summary>Workbooks that are not tables of figures: the import template is a form to fill in.</summary>
    private static readonly string[] NotTables = ["/estates/import/template.xlsx"];

    /// <summary>
    /// Sheets whose rows repeat the same thing: the returns' detail lists each estate once a week, so its households
    /// added over the weeks would count every estate again. Its totals are the return workbooks' (one week each).
    /// </summary>
    private static readonly (string Path, string Sheet)[] NotTotalled = [("/returns/export-all.xlsx", "周报明细")];

    public static TheoryData<string> Users => new() { "admin", "pailou", "yinheshi" };

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Every_workbook_totals_every_column_that_sums(string userName)
    {
        using var client = await world.NewClient().SignInAsync(userName);
        var (_, downloads) = await NavigationWalk.WalkAsync(client, (_, _) => Task.CompletedTask);
        var failures = new List<string>();
        var checkedColumns = 0;
        foreach (var url in downloads.Where(d => d.Contains(".xlsx", StringComparison.Ordinal) && !NotTables.Any(n => d.StartsWith(n, StringComparison.Ordinal))))
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
            foreach (var sheet in workbook.Worksheets.Where(w => !NotTotalled.Contains((url.Split('?')[0], w.Name))))
            {
                var (columns, problems) = Check(sheet);
                checkedColumns += columns.Count;
                output.WriteLine($"{url} [{sheet.Name}]: {(columns.Count == 0 ? "no summing column" : string.Join("、", columns))}");
                failures.AddRange(problems.Select(p => $"{userName} {url} [{sheet.Name}] {p}"));
            }
        }
        Assert.True(checkedColumns > 0, $"{userName}'s walk found no summing column in any workbook");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_walk_downloads_every_workbook_route_the_app_maps()
    {
        var routes = RouteCatalog.Actions(world.Services).Where(a => a.Method == "GET" && a.Route.EndsWith(".xlsx", StringComparison.Ordinal)).ToList();
        var found = new List<string>();
        foreach (var user in new[] { "admin", "pailou", "yinheshi" })
        {
            using var client = await world.NewClient().SignInAsync(user);
            // Two levels below the navigation: an estate's contracts (and their workbook) are linked from the estate's page.
            found.AddRange((await NavigationWalk.WalkAsync(client, (_, _) => Task.CompletedTask, levels: 2)).Downloads);
        }
        var paths = found.Select(f => f.Split('?')[0]).Distinct().ToList();
        var missed = routes.Where(r => !paths.Any(p => RouteRegex(r.Route).IsMatch(p))).Select(r => r.Route).ToList();
        Assert.True(missed.Count == 0, "no page of the walk links to: " + string.Join(", ", missed));
    }

    [Fact]
    public void A_wrong_or_missing_total_is_reported()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("表");
        sheet.Cell(3, 1).SetValue("序号");
        sheet.Cell(3, 2).SetValue("户数");
        sheet.Cell(3, 3).SetValue("金额（元）");
        sheet.Cell(3, 4).SetValue("清零率（%）");
        foreach (var (row, households, amount) in new[] { (4, 10, 1.5m), (5, 20, 2.25m) })
        {
            sheet.Cell(row, 1).SetValue(row - 3);
            sheet.Cell(row, 2).SetValue(households);
            sheet.Cell(row, 3).SetValue(amount);
            sheet.Cell(row, 4).SetValue(50m);
        }
        sheet.Cell(6, 1).SetValue("合计");
        sheet.Cell(6, 2).SetValue(31);
        sheet.Cell(6, 4).SetValue(50m);

        var (columns, problems) = Check(sheet);

        Assert.Equal(["户数", "金额（元）"], columns);
        Assert.Equal(["户数: 合计 31 ≠ 行之和 30", "金额（元）: 合计为空，行之和 3.75"], problems);
    }

    /// <summary>The columns of a sheet whose header says they sum, and what is wrong with their totals.</summary>
    internal static (List<string> Columns, List<string> Problems) Check(IXLWorksheet sheet)
    {
        var columns = new List<string>();
        var problems = new List<string>();
        var used = sheet.RowsUsed().ToList();
        var header = used.FirstOrDefault(r => r.Cell(1).GetString() == "序号") ?? used.FirstOrDefault();
        if (header is null)
            return (columns, problems);
        var below = used.Where(r => r.RowNumber() > header.RowNumber()).ToList();
        var total = below.FirstOrDefault(r => Enumerable.Range(1, 3).Any(c => r.Cell(c).GetString() is "合计" or "全区"));
        var rows = below.TakeWhile(r => r != total).Where(r => !r.Cell(1).GetString().Contains("小计", StringComparison.Ordinal)).ToList();
        foreach (var cell in header.CellsUsed())
        {
            var name = cell.GetString().Trim();
            if (!Sums(name))
                continue;
            var column = cell.Address.ColumnNumber;
            var values = rows.Select(r => r.Cell(column)).ToList();
            if (values.Count == 0 || values.Any(v => !v.IsEmpty() && v.DataType != XLDataType.Number))
                continue; // a text column that happens to be named like a count ("户数" of a narrative table) is not a figure
            columns.Add(name);
            var sum = values.Sum(v => v.IsEmpty() ? 0m : v.GetValue<decimal>());
            var totalCell = total?.Cell(column);
            if (totalCell is null || totalCell.IsEmpty())
                problems.Add($"{name}: {(total is null ? "没有合计行" : "合计为空")}，行之和 {sum.ToString(CultureInfo.InvariantCulture)}");
            else if (totalCell.DataType != XLDataType.Number)
                problems.Add($"{name}: 合计“{totalCell.GetString()}”不是数字");
            else if (Math.Abs(totalCell.GetValue<decimal>() - sum) > 0.005m)
                problems.Add($"{name}: 合计 {totalCell.GetValue<decimal>().ToString(CultureInfo.InvariantCulture)} ≠ 行之和 {sum.ToString(CultureInfo.InvariantCulture)}");
        }
        return (columns, problems);
    }

    /// <summary>A column sums when its header names an amount, an area or a count of things; never a rate, rank, year or per-row score.</summary>
    internal static bool Sums(string header) =>
        SumsHeader().IsMatch(header) && !NeverSums().IsMatch(header);

    private static Regex RouteRegex(string route) =>
        new("^" + Regex.Replace(Regex.Escape(route), @"\\\{[^}]*\}", "[^/]+") + "$");

    [GeneratedRegex(@"（(元|万元|m²|㎡|万㎡|户|个|栋|个小区)）|户数|楼栋数|金额|面积")]
    private static partial Regex SumsHeader();

    [GeneratedRegex(@"%|％|率|名次|年份|年度|（项）|序号")]
    private static partial Regex NeverSums();
}
