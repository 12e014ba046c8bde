using DistrictPortal.Core.League;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.League;

/// <summary>
/// The league table as the workbook the office files: a summary sheet that prints on A4 landscape at a readable scale
/// (the ranking figures only), then the full sheet for analysis with every column of the page. Both carry the week in
/// their title, a 全区 row summing every column that sums, every figure as a number (percentages as numbers with a
/// percent format, never text), and the rank rule and the marks' legend as notes.
/// </summary>
public static class LeagueExport
{
    public static byte[] Workbook(LeagueWeekTable table, IReadOnlyList<LeagueLine> lines, IStringLocalizer l, DateOnly today)
    {
        using var workbook = TableWorkbookWriter.NewWorkbook();
        TableWorkbookWriter.AddSheet(workbook, Summary(table, lines, l, today));
        TableWorkbookWriter.AddSheet(workbook, For(table, lines, l, today));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The sheet that prints: rank, sub-district, the frozen figures the rank rests on, retrofit, movement and band.</summary>
    public static TableExport Summary(LeagueWeekTable table, IReadOnlyList<LeagueLine> lines, IStringLocalizer l, DateOnly today)
    {
        var full = For(table, lines, l, today);
        int[] keep = [0, 1, 2, 3, 4, 5, 6, 8, 10, 18, 19];
        return new TableExport(full.Scope, full.Subject, full.AsOf, keep.Select(i => full.Columns[i]).ToList(),
            full.Rows.Select(r => (IReadOnlyList<object?>)keep.Select(i => r[i]).ToList()).ToList())
        {
            Numbered = false,
            TitleOverride = full.TitleOverride,
            SheetNameOverride = l["League.Sheet.Summary"],
            TotalLabel = full.TotalLabel,
            AsOfLabel = full.AsOfLabel,
            Notes = full.Notes,
        };
    }

    /// <summary>"2026年11月27日" in Chinese, "2026-11-27" in English.</summary>
    private static string WeekText(DateOnly week) =>
        week.ToString(System.Globalization.CultureInfo.CurrentUICulture.Name == PortalCultures.English ? "yyyy-MM-dd" : "yyyy年M月d日",
            System.Globalization.CultureInfo.InvariantCulture);

    public static TableExport For(LeagueWeekTable table, IReadOnlyList<LeagueLine> lines, IStringLocalizer l, DateOnly today)
    {
        // The ranking figures are the week's frozen snapshots (the scope line says so); the columns read live say "实时".
        var live = AsOf.Live(today);
        TableColumn Col(string key, ColumnKind kind = ColumnKind.Text, bool sums = false) => new(l[key], kind, sums);
        TableColumn Live(string key, ColumnKind kind = ColumnKind.Text, bool sums = false) => new(l["AsOf.Column", l[key], l.AsOf(live)], kind, sums);
        var baseline = lines.Sum(x => x.Standing.Baseline);
        var covered = lines.Sum(x => x.Standing.Covered);
        var columns = new List<TableColumn>
        {
            Col("League.Col.Rank", ColumnKind.Integer),                                  // 0
            Col("League.Col.SubDistrict"),                                               // 1
            Col("League.Col.Baseline", ColumnKind.Integer, sums: true),                  // 2
            Col("League.Col.Covered", ColumnKind.Integer, sums: true),                   // 3
            Col("League.Col.Remaining", ColumnKind.Integer, sums: true),                 // 4
            Col("League.Col.Percent", ColumnKind.PercentPoints) with { TotalValue = ReturnFigures.Percent(covered, baseline) }, // 5
            Col("League.Col.Newly", ColumnKind.Integer, sums: true),                     // 6
            Live("League.Col.OnTime4", ColumnKind.PercentPoints),                        // 7
            Live("League.Col.OnTime13", ColumnKind.PercentPoints),                       // 8
            Live("League.Col.RetrofitAccepted", ColumnKind.Decimal, sums: true),         // 9
            Live("League.Col.RetrofitPercent", ColumnKind.PercentPoints),                // 10
            Live("League.Col.RetrofitTarget", ColumnKind.Decimal, sums: true),           // 11
            Live("League.Col.CommitteesFormedNow", ColumnKind.Integer, sums: true),      // 12
            Live("League.Col.CommitteesNeeded", ColumnKind.Integer, sums: true),         // 13
            Live("League.Col.Overdue", ColumnKind.Integer, sums: true),                  // 14
            Live("League.Col.ReturnsOverdue", ColumnKind.Integer, sums: true),           // 15
            Live("League.Col.OrdersOpen", ColumnKind.Integer, sums: true),               // 16
            Live("League.Col.CommitteeOverdue", ColumnKind.Integer, sums: true),         // 17
            Col("League.Col.Movement"),                                                  // 18
            Col("League.Col.Quartile"),                                                  // 19
            Col("League.Col.Band"),                                                      // 20
            Col("League.Col.BandRank", ColumnKind.Integer),                              // 21
            Col("League.Col.Badges"),                                                    // 22
            Live("League.Col.Provisional", ColumnKind.Integer, sums: true),              // 23
            Live("League.Col.Relapses", ColumnKind.Integer, sums: true),                 // 24
            Live("League.Col.StandardsShare", ColumnKind.PercentPoints),                 // 25
            Live("League.Col.PlanOverdue", ColumnKind.Integer, sums: true),              // 26
        };
        var rows = lines.Select(x => (IReadOnlyList<object?>)
        [
            x.Row.Rank,
            x.Name,
            x.Standing.Baseline,
            x.Standing.Covered,
            x.Standing.Remaining,
            x.Row.Entry.PercentCleared,
            x.Row.Entry.NewlyCleared,
            x.OnTime4,
            x.OnTime13,
            x.Retrofit?.AcceptedArea,
            x.RetrofitPercent,
            x.Retrofit?.TargetArea,
            x.CommitteesFormedNow,
            x.CommitteesNeeded,
            x.OverdueItems,
            x.ReturnsOverdue,
            x.Standing.OpenSupervisionOrders,
            x.CommitteeDeadlinesOverdue,
            LeagueText.Movement(x.Row),
            LeagueText.Quartile(x.Row),
            l[$"League.Band.{x.Row.Band}"].Value,
            x.Row.BandRank,
            LeagueText.Badges(x.Badges, l),
            x.LookBacks?.Provisional,
            x.LookBacks?.Relapses,
            x.Standards?.Percent,
            // As the page shows it (LeaguePlanColumn): estates past their planned date and not struck off, today.
            x.PlanOverdue ?? 0,
        ]).ToList();
        return new TableExport(table.District.Name, l["League.ExportSubject"], table.Week, columns, rows)
        {
            Numbered = false,
            TitleOverride = l["League.ExportTitle", table.District.Name, l["League.ExportSubject"], WeekText(table.Week)],
            SheetNameOverride = l["League.Sheet.Full"],
            TotalLabel = l["League.TotalRow"],
            AsOfLabel = l.AsOfInDocument(AsOf.Frozen(table.Week, today)),
            Notes = [l["League.RuleNote"], l["League.ShownRule"], l["League.MarksLegend"], l["League.StandardsShareExplain"]],
        };
    }
}
