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
/// Issue 13's consistency walk over one district, read back as users get it (HTML, workbooks through ClosedXML, the PDF
/// through pdftotext). For every accepted week: each return's tiles against its Excel rows, the league page and the
/// league's Excel; the dashboard's frozen headlines against the returns' tiles (carried forward as the league does).
/// For each sub-district's newest accepted week: every estate of the return's Excel against its registry page, the
/// registry's Excel and its committee page; the live committee counts of the league against the committee page and its
/// Excel; the briefing's frozen figures against the tiles. Contradictions are collected and reported together.
/// </summary>
internal static partial class ConsistencyWalk
{
    public sealed record Result(List<string> Problems, int EstatesChecked, int WeeksChecked);

    private sealed record Tiles(int Baseline, int Covered, int Newly, int Committees);

    public static async Task<Result> RunAsync(IServiceProvider services, PortalClient bureau, Node district)
    {
        var repository = services.GetRequiredService<IWeeklyReturnRepository>();
        var accepted = (await repository.ListAsync(district.Path, new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1)))
            .Where(r => r.Status == ReturnStatus.Accepted).ToList();
        var problems = new List<string>();
        var estatesChecked = 0;
        var tiles = new Dictionary<(long SubDistrict, DateOnly Week), Tiles>();
        var weeks = accepted.Select(r => r.WeekEnding).Distinct().Order().ToList();

        foreach (var week in weeks)
        {
            var league = await bureau.GetPageAsync($"/league?week={Iso(week)}&all=true&district={district.Id}");
            var leagueSheet = await LeagueSheetAsync(bureau, $"/league/export.xlsx?week={Iso(week)}&district={district.Id}");
            foreach (var summary in accepted.Where(r => r.WeekEnding == week))
            {
                var where = $"{summary.SubDistrictName} {Iso(week)}";
                var url = $"/returns/{summary.SubDistrictId}/{Iso(week)}";
                var page = await bureau.GetPageAsync(url);
                var rows = await ExcelRowsAsync(bureau, $"{url}/export.xlsx");
                var t = tiles[(summary.SubDistrictId, week)] = new Tiles(Tile(page, "baseline"), Tile(page, "covered"), Tile(page, "newly"), Tile(page, "committees"));
                if (!page.Contains("data-as-of=\"frozen\"", StringComparison.Ordinal))
                    problems.Add($"{where}: the accepted return's tiles are not labelled frozen");
                Same(problems, $"{where}: covered tile vs Excel rows 是否销号=是", t.Covered, rows.Count(r => r.StruckOff));
                Same(problems, $"{where}: committees tile vs Excel rows with 业委会成立日期", t.Committees, rows.Count(r => r.CommitteeElected is { } d && d <= week));
                Same(problems, $"{where}: baseline tile vs Excel rows", t.Baseline, rows.Count);
                Same(problems, $"{where}: covered tile vs league row", t.Covered, LeagueFigure(league, summary.SubDistrictId, "covered"));
                Same(problems, $"{where}: baseline tile vs league row", t.Baseline, LeagueFigure(league, summary.SubDistrictId, "baseline"));
                Same(problems, $"{where}: covered tile vs league Excel", (int?)t.Covered, leagueSheet.GetValueOrDefault(summary.SubDistrictName)?.Covered);
                Same(problems, $"{where}: newly tile vs league Excel", (int?)t.Newly, leagueSheet.GetValueOrDefault(summary.SubDistrictName)?.Newly);

                if (week != accepted.Where(r => r.SubDistrictId == summary.SubDistrictId).Max(r => r.WeekEnding))
                    continue;
                estatesChecked += await NewestWeekAsync(bureau, problems, where, summary.SubDistrictId, page, rows, league);
                await BriefingAsync(bureau, problems, where, summary.SubDistrictId, week, t);
            }

            // The dashboard's frozen headlines: each sub-district's newest accepted week on or before this one.
            var dashboard = await bureau.GetPageAsync($"/dashboard?week={Iso(week)}&district={district.Id}");
            var standing = accepted.Select(r => r.SubDistrictId).Distinct()
                .Select(id => tiles.Where(x => x.Key.SubDistrict == id && x.Key.Week <= week).OrderByDescending(x => x.Key.Week).Select(x => (x.Key.Week, x.Value)).FirstOrDefault())
                .Where(x => x.Value is not null).ToList();
            Same(problems, $"dashboard {Iso(week)}: 剩余 vs the returns' tiles", standing.Sum(x => x.Value.Baseline - x.Value.Covered), Headline(dashboard, "remaining"));
            Same(problems, $"dashboard {Iso(week)}: 已成立业委会 vs the returns' tiles", standing.Sum(x => x.Value.Committees), Headline(dashboard, "committees"));
            Same(problems, $"dashboard {Iso(week)}: 本周新增销号 vs the returns' tiles", standing.Where(x => x.Week == week).Sum(x => x.Value.Newly), Headline(dashboard, "cleared"));
            foreach (var (headline, kind) in new[] { ("remaining", "frozen"), ("committees", "frozen"), ("cleared", "frozen"), ("retrofit", "live") })
            {
                if (!Regex.IsMatch(dashboard, $"data-headline=\"{headline}\"[^>]*>(?:(?!</a>|</div>).)*data-as-of=\"{kind}\"", RegexOptions.Singleline))
                    problems.Add($"dashboard {Iso(week)}: {headline} is not labelled {kind}");
            }
        }

        // Live committee counts: the league's column, the committee page and the committee Excel read one home.
        var lastLeague = await bureau.GetPageAsync($"/league?week={Iso(weeks[^1])}&all=true&district={district.Id}");
        var committees = await bureau.GetPageAsync("/committees");
        var committeeSheet = await CommitteeCountsAsync(bureau);
        foreach (Match count in CountRow().Matches(committees))
        {
            var id = long.Parse(count.Groups["id"].Value, CultureInfo.InvariantCulture);
            var formed = int.Parse(count.Groups["formed"].Value, CultureInfo.InvariantCulture);
            var row = Regex.Match(lastLeague, $"<tr class=\"league-row\" data-sub-district=\"{id}\".*?</tr>", RegexOptions.Singleline).Value;
            if (row.Length == 0)
                continue;
            Same(problems, $"committees of {count.Groups["name"].Value}: committee page vs league (live)", formed.ToString(CultureInfo.InvariantCulture), Regex.Match(row, "data-formed=\"(\\d*)\"").Groups[1].Value);
            Same(problems, $"committees of {count.Groups["name"].Value}: committee page vs committee Excel", formed, committeeSheet.GetValueOrDefault(count.Groups["name"].Value));
        }
        await LookBacksAsync(bureau, problems, lastLeague, weeks[^1]);
        return new(problems, estatesChecked, weeks.Count);
    }

    /// <summary>The registry and committee records are what the newest accepted week left them, estate by estate.</summary>
    private static async Task<int> NewestWeekAsync(PortalClient bureau, List<string> problems, string where, long subDistrictId, string page, List<ExcelRow> rows, string league)
    {
        // Names repeat across communities: the Excel's rows and the page's are paired by community and name.
        var ids = EstateIds(page);
        Same(problems, $"{where}: estates on the page vs Excel rows", ids.Count, rows.Count);
        var registrySheet = await RegistryStatusesAsync(bureau, $"/estates/export.xlsx?subDistrict={subDistrictId}");
        var walked = 0;
        foreach (var row in rows)
        {
            if (!ids.TryGetValue(row.Key, out var id))
            {
                problems.Add($"{where}: {row.Key} in the Excel but not on the page");
                continue;
            }
            walked++;
            var estate = await bureau.GetPageAsync($"/estates/{id}");
            // A look-back that failed since the week (返潮) put the estate back on the list: the registry follows the
            // look-back, not the return (the demo has one, DemoGovernancePlans). Its look-back page says so.
            var relapsed = row.StruckOff && StatusOf(estate) == Unmanaged
                && (await bureau.GetPageAsync($"/lookbacks/{id}")).Contains("data-relapsed=\"true\"", StringComparison.Ordinal);
            if (!relapsed)
            {
                Same(problems, $"{where} {row.Name}: 六有 Excel vs registry page", row.SixHaves, SixHavesOf(estate));
                if (row.StruckOff == (StatusOf(estate) == Unmanaged))
                    problems.Add($"{where} {row.Name}: {(row.StruckOff ? "struck off" : "open")} in the return, status {StatusOf(estate)} on the registry page");
                if (registrySheet.TryGetValue(row.Key, out var status) && row.StruckOff == (status == "无物业"))
                    problems.Add($"{where} {row.Name}: {(row.StruckOff ? "struck off" : "open")} in the return, {status} in the registry's Excel");
                else if (!registrySheet.ContainsKey(row.Key))
                    problems.Add($"{where} {row.Name}: not in the registry's Excel");
            }
            var committee = await bureau.GetPageAsync($"/committees/{id}");
            Same(problems, $"{where} {row.Name}: 征求意见日期 Excel vs committee page", Day(row.Consulted), Dd(committee, "征求意见结束日期"));
            Same(problems, $"{where} {row.Name}: 业委会成立日期 Excel vs committee page", Day(row.CommitteeElected), Dd(committee, "业主大会日期"));
        }
        return walked;
    }

    /// <summary>
    /// Look-backs (live, issue 16): each league row's relapses and provisional strike-offs are the numbers the sub-district's
    /// briefing prints in its "回头看" paragraph (one rule, LookBackBoard, over the registry and the look-backs).
    /// </summary>
    private static async Task LookBacksAsync(PortalClient bureau, List<string> problems, string league, DateOnly week)
    {
        var rows = Regex.Matches(league, "<tr class=\"league-row\" data-sub-district=\"(?<id>\\d+)\".*?data-relapses=\"(?<r>\\d+)\" data-provisional=\"(?<p>\\d+)\"",
            RegexOptions.Singleline);
        if (rows.Count == 0)
            problems.Add("the league shows no look-back counts");
        foreach (Match row in rows)
        {
            var id = row.Groups["id"].Value;
            var pdf = Regex.Replace(PdfText.Of(await (await bureau.GetAsync($"/briefings/{id}.pdf?week={Iso(week)}")).Content.ReadAsByteArrayAsync()), "\\s+", "");
            var provisional = int.Parse(row.Groups["p"].Value, CultureInfo.InvariantCulture);
            var relapses = int.Parse(row.Groups["r"].Value, CultureInfo.InvariantCulture);
            if (!pdf.Contains($"销号（待回头看）{provisional:#,##0}个", StringComparison.Ordinal))
                problems.Add($"sub-district {id}: the briefing does not say 销号（待回头看）{provisional}个 as the league does");
            if (!pdf.Contains($"返潮（回头看未通过、重新列入清零台账）{relapses:#,##0}个", StringComparison.Ordinal))
                problems.Add($"sub-district {id}: the briefing does not say 返潮{relapses}个 as the league does");
        }
    }

    /// <summary>The briefing of that week prints the same frozen figures, labelled frozen (pdftotext, lines joined).</summary>
    private static async Task BriefingAsync(PortalClient bureau, List<string> problems, string where, long subDistrictId, DateOnly week, Tiles t)
    {
        var pdf = Regex.Replace(PdfText.Of(await (await bureau.GetAsync($"/briefings/{subDistrictId}.pdf?week={Iso(week)}")).Content.ReadAsByteArrayAsync()), "\\s+", "");
        if (!pdf.Contains($"截至{Iso(week)}周报（审核通过时冻结）", StringComparison.Ordinal))
            problems.Add($"{where}: the briefing does not label its figures as the frozen week");
        if (!pdf.Contains($"已销号{t.Covered:#,##0}个", StringComparison.Ordinal))
            problems.Add($"{where}: the briefing does not say 已销号{t.Covered}个");
        if (!pdf.Contains($"台账内累计成立业委会{t.Committees:#,##0}个", StringComparison.Ordinal))
            problems.Add($"{where}: the briefing does not say 台账内累计成立业委会{t.Committees}个");
    }

    private const int Unmanaged = 3;

    private sealed record ExcelRow(string Community, string Name, int SixHaves, DateOnly? Consulted, DateOnly? CommitteeElected, bool StruckOff)
    {
        public string Key => $"{Community}/{Name}";
    }

    private sealed record LeagueExcelLine(int? Covered, int? Newly);

    private static void Same<T>(List<string> problems, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            problems.Add($"{what}: {expected} ≠ {actual}");
    }

    /// <summary>A workbook's sheet whose header row holds <paramref name="first"/>, with its data rows read by header names.</summary>
    private static async Task<List<Dictionary<string, IXLCell>>> SheetAsync(PortalClient client, string url, string first)
    {
        var (workbook, _) = await Workbooks.DownloadAsync(client, url);
        using (workbook)
        {
            foreach (var sheet in workbook.Worksheets)
            {
                var header = sheet.RowsUsed().FirstOrDefault(r => r.CellsUsed().Any(c => c.GetString() == first));
                if (header is null)
                    continue;
                var columns = header.CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
                return sheet.RowsUsed().Where(r => r.RowNumber() > header.RowNumber() && !r.Cell(columns[first]).IsEmpty()
                        && r.Cell(1).GetString() != "合计" && !r.Cell(1).GetString().StartsWith("注", StringComparison.Ordinal))
                    .Select(r => columns.ToDictionary(c => c.Key, c => r.Cell(c.Value)))
                    .ToList();
            }
        }
        throw new InvalidOperationException($"{url}: no sheet with a {first} column");
    }

    /// <summary>The return's row sheet as the officer downloads it, by its header names.</summary>
    private static async Task<List<ExcelRow>> ExcelRowsAsync(PortalClient client, string url) =>
        (await SheetAsync(client, url, "小区名称"))
            .Select(r => new ExcelRow(r["社区"].GetString(), r["小区名称"].GetString(), (int)r["六有（项）"].GetDouble(), DateOf(r["征求意见日期"]), DateOf(r["业委会成立日期"]), r["是否销号"].GetString() == "是"))
            .ToList();

    private static async Task<Dictionary<string, LeagueExcelLine>> LeagueSheetAsync(PortalClient client, string url) =>
        (await SheetAsync(client, url, "街道")).ToDictionary(r => r["街道"].GetString(), r => new LeagueExcelLine(Int(r["已销号"]), Int(r["本周新增销号"])));

    /// <summary>The registry's Excel: each estate's 管理状态 by "community/name".</summary>
    private static async Task<Dictionary<string, string>> RegistryStatusesAsync(PortalClient client, string url)
    {
        var rows = await SheetAsync(client, url, "小区名称");
        var status = rows.Count == 0 ? "" : rows[0].Keys.First(k => k.Contains("状态", StringComparison.Ordinal));
        return rows.GroupBy(r => $"{r["社区"].GetString()}/{r["小区名称"].GetString()}").ToDictionary(g => g.Key, g => g.First()[status].GetString());
    }

    /// <summary>The committee Excel's counts: 已组建 summed over its communities, by sub-district name.</summary>
    private static async Task<Dictionary<string, int>> CommitteeCountsAsync(PortalClient client) =>
        (await SheetAsync(client, "/committees/export.xlsx", "已组建"))
            .GroupBy(r => r["街道"].GetString()).ToDictionary(g => g.Key, g => g.Sum(r => Int(r["已组建"]) ?? 0));

    private static int? Int(IXLCell cell) => cell.IsEmpty() ? null : (int)cell.GetDouble();

    private static DateOnly? DateOf(IXLCell cell) =>
        cell.IsEmpty() ? null : cell.DataType == XLDataType.DateTime ? DateOnly.FromDateTime(cell.GetDateTime())
        : DateOnly.TryParse(cell.GetString(), CultureInfo.InvariantCulture, out var d) ? d : null;

    private static int Tile(string page, string figure) =>
        int.Parse(Html.Attribute(Html.OpeningTags(page, "figure").First(t => Html.Attribute(t, "data-figure") == figure), "data-value")!, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private static int? Headline(string dashboard, string headline)
    {
        var m = Regex.Match(dashboard, $"data-headline=\"{headline}\".*?<span class=\"tile__value\">(.*?)</span>", RegexOptions.Singleline);
        return m.Success ? int.Parse(Html.Text(m.Groups[1].Value).Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : null;
    }

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

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("data-estate=\"(?<id>\\d+)\"[^>]*>\\s*<th scope=\"row\">.*?<a id=\"e\\d+\" href=\"/estates/\\d+\">(?<name>[^<]*)</a><small>(?<community>[^<]*)</small>")]
    private static partial Regex RowHead();

    [GeneratedRegex("\\((\\d)/6\\)")]
    private static partial Regex SixHavesCount();

    [GeneratedRegex("class=\"status status--(\\d)\"")]
    private static partial Regex StatusClass();

    [GeneratedRegex("<tr class=\"count\" data-node=\"(?<id>\\d+)\" data-name=\"(?<name>[^\"]*)\"[^>]*data-formed=\"(?<formed>\\d+)\"")]
    private static partial Regex CountRow();
}
