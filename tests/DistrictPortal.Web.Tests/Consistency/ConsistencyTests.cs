using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Tests.Briefings;
using DistrictPortal.Web.Tests.Exports;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Consistency;

/// <summary>
/// Issue 13's consistency walk over the demo data, read back as users get it (HTML, the workbook through ClosedXML, the
/// PDF through pdftotext): every estate of every sub-district's newest accepted return reads the same on the return's
/// Excel, its registry page and its committee page; every accepted week's tiles agree with its Excel rows and the
/// league; the briefing of each sub-district's newest week prints the same frozen figures. Its own demo database, so
/// no other test's edits stand between the pages. Contradictions are collected and reported together.
/// </summary>
public sealed partial class ConsistencyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_demo_data_has_no_contradiction_between_its_pages_exports_and_briefings()
    {
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var repository = factory.Services.GetRequiredService<IWeeklyReturnRepository>();
        var district = await Demo.NodeAsync(factory, NodeLevel.District, Web.Infrastructure.DemoData.DemoHierarchy.DistrictName);
        var accepted = (await repository.ListAsync(district.Path, new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1)))
            .Where(r => r.Status == ReturnStatus.Accepted).ToList();
        Assert.NotEmpty(accepted);
        var problems = new List<string>();
        var estatesChecked = 0;

        foreach (var week in accepted.Select(r => r.WeekEnding).Distinct())
        {
            var league = await bureau.GetPageAsync($"/league?week={Iso(week)}&all=true");
            foreach (var summary in accepted.Where(r => r.WeekEnding == week))
            {
                var where = $"{summary.SubDistrictName} {Iso(week)}";
                var url = $"/returns/{summary.SubDistrictId}/{Iso(week)}";
                var page = await bureau.GetPageAsync(url);
                var rows = await ExcelRowsAsync(bureau, $"{url}/export.xlsx");
                var covered = Tile(page, "covered");
                var committees = Tile(page, "committees");
                Same(problems, $"{where}: covered tile vs Excel rows 是否销号=是", covered, rows.Count(r => r.StruckOff));
                Same(problems, $"{where}: committees tile vs Excel rows with 业委会成立日期", committees, rows.Count(r => r.CommitteeElected is { } d && d <= week));
                Same(problems, $"{where}: covered tile vs league row", covered, LeagueFigure(league, summary.SubDistrictId, "covered"));
                Same(problems, $"{where}: baseline tile vs Excel rows", Tile(page, "baseline"), rows.Count);

                if (week != accepted.Where(r => r.SubDistrictId == summary.SubDistrictId).Max(r => r.WeekEnding))
                    continue;
                // The newest accepted week: the registry and the committee records are what it left them.
                // Names repeat across communities: the Excel's rows and the page's are paired by community and name.
                var ids = EstateIds(page);
                Same(problems, $"{where}: estates on the page vs Excel rows", ids.Count, rows.Count);
                foreach (var row in rows)
                {
                    if (!ids.TryGetValue(row.Key, out var id))
                    {
                        problems.Add($"{where}: {row.Key} in the Excel but not on the page");
                        continue;
                    }
                    estatesChecked++;
                    var estate = await bureau.GetPageAsync($"/estates/{id}");
                    Same(problems, $"{where} {row.Name}: 六有 Excel vs registry page", row.SixHaves, SixHavesOf(estate));
                    if (row.StruckOff && StatusOf(estate) == Unmanaged)
                        problems.Add($"{where} {row.Name}: struck off in the return, 无物业 on the registry page");
                    if (!row.StruckOff && StatusOf(estate) != Unmanaged)
                        problems.Add($"{where} {row.Name}: open in the return, status {StatusOf(estate)} on the registry page");
                    var committee = await bureau.GetPageAsync($"/committees/{id}");
                    Same(problems, $"{where} {row.Name}: 征求意见日期 Excel vs committee page", Day(row.Consulted), Dd(committee, "征求意见结束日期"));
                    Same(problems, $"{where} {row.Name}: 业委会成立日期 Excel vs committee page", Day(row.CommitteeElected), Dd(committee, "业主大会日期"));
                }
                // The briefing of that week prints the same frozen figures (pdftotext, lines joined).
                var pdf = Regex.Replace(PdfText.Of(await (await bureau.GetAsync($"/briefings/{summary.SubDistrictId}.pdf?week={Iso(week)}")).Content.ReadAsByteArrayAsync()), "\\s+", "");
                if (!pdf.Contains($"已清零{covered:#,##0}个", StringComparison.Ordinal))
                    problems.Add($"{where}: the briefing does not say 已清零{covered}个");
                if (!pdf.Contains($"清单内累计成立业委会{committees:#,##0}个", StringComparison.Ordinal))
                    problems.Add($"{where}: the briefing does not say 清单内累计成立业委会{committees}个");
            }
        }

        Assert.True(estatesChecked > 50, $"only {estatesChecked} estates walked");
        Assert.True(problems.Count == 0, $"{problems.Count} contradictions:\n" + string.Join("\n", problems.Take(40)));
    }

    private const int Unmanaged = 3;

    private sealed record ExcelRow(string Community, string Name, int SixHaves, DateOnly? Consulted, DateOnly? CommitteeElected, bool StruckOff)
    {
        public string Key => $"{Community}/{Name}";
    }

    private static void Same<T>(List<string> problems, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            problems.Add($"{what}: {expected} ≠ {actual}");
    }

    /// <summary>The return's row sheet as the officer downloads it, by its header names.</summary>
    private static async Task<List<ExcelRow>> ExcelRowsAsync(PortalClient client, string url)
    {
        var (workbook, _) = await Workbooks.DownloadAsync(client, url);
        using (workbook)
        {
            foreach (var sheet in workbook.Worksheets)
            {
                var header = sheet.RowsUsed().FirstOrDefault(r => r.CellsUsed().Any(c => c.GetString() == "小区名称"));
                if (header is null)
                    continue;
                int Col(string name) => header.CellsUsed().First(c => c.GetString() == name).Address.ColumnNumber;
                var (community, name, haves, consulted, elected, struck) = (Col("社区"), Col("小区名称"), Col("六有（项）"), Col("征求意见日期"), Col("业委会成立日期"), Col("是否销号"));
                return Workbooks.DataRows(sheet, header.RowNumber() + 1)
                    .Select(r => new ExcelRow(r.Cell(community).GetString(), r.Cell(name).GetString(), (int)r.Cell(haves).GetDouble(), DateOf(r.Cell(consulted)), DateOf(r.Cell(elected)), r.Cell(struck).GetString() == "是"))
                    .ToList();
            }
        }
        throw new InvalidOperationException($"{url}: no sheet with the return's rows");
    }

    private static DateOnly? DateOf(IXLCell cell) =>
        cell.IsEmpty() ? null : cell.DataType == XLDataType.DateTime ? DateOnly.FromDateTime(cell.GetDateTime())
        : DateOnly.TryParse(cell.GetString(), CultureInfo.InvariantCulture, out var d) ? d : null;

    private static int Tile(string page, string figure) =>
        int.Parse(Html.Attribute(Html.OpeningTags(page, "figure").First(t => Html.Attribute(t, "data-figure") == figure), "data-value")!, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private static int? LeagueFigure(string league, long subDistrictId, string figure)
    {
        var row = Regex.Match(league, $"<tr class=\"league-row\" data-sub-district=\"{subDistrictId}\".*?</tr>", RegexOptions.Singleline).Value;
        var cell = Regex.Match(row, $"data-figure=\"{figure}\"[^>]*>(.*?)</td>", RegexOptions.Singleline);
        return cell.Success ? int.Parse(Html.Text(cell.Groups[1].Value), NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The rows of the return page: each row's estate id by "community/name".</summary>
    private static Dictionary<string, long> EstateIds(string page) =>
        RowHead().Matches(page).ToDictionary(
            m => System.Net.WebUtility.HtmlDecode($"{m.Groups["community"].Value.Trim()}/{m.Groups["name"].Value.Trim()}"),
            m => long.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture));

    private static int SixHavesOf(string estatePage) => int.Parse(SixHavesCount().Match(estatePage).Groups[1].Value, CultureInfo.InvariantCulture);

    private static int StatusOf(string estatePage) => int.Parse(StatusClass().Match(estatePage).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The value beside a label of a facts list; "—" when the page does not show it.</summary>
    private static string Dd(string page, string label)
    {
        var m = Regex.Match(page, $"<dt>{Regex.Escape(label)}</dt>\\s*<dd>(.*?)</dd>", RegexOptions.Singleline);
        var text = m.Success ? Html.Text(m.Groups[1].Value).Trim() : "";
        return text.Length == 0 ? "—" : text;
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("data-estate=\"(?<id>\\d+)\"[^>]*>\\s*<th scope=\"row\">.*?<a id=\"e\\d+\" href=\"/estates/\\d+\">(?<name>[^<]*)</a><small>(?<community>[^<]*)</small>")]
    private static partial Regex RowHead();

    [GeneratedRegex("\\((\\d)/6\\)")]
    private static partial Regex SixHavesCount();

    [GeneratedRegex("class=\"status status--(\\d)\"")]
    private static partial Regex StatusClass();
}
