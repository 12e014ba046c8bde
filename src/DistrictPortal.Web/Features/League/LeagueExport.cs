using DistrictPortal.Core.League;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.League;

/// <summary>The league table as the workbook the office files: the page's columns and values, the rank rule as a note.</summary>
public static class LeagueExport
{
    public static TableExport For(LeagueWeekTable table, IReadOnlyList<LeagueLine> lines, IStringLocalizer l, DateOnly today)
    {
        // The ranking figures are the week's frozen snapshots (the scope line says so); the columns read live say "实时".
        var live = AsOf.Live(today);
        TableColumn Col(string key, ColumnKind kind = ColumnKind.Text) => new(l[key], kind);
        TableColumn Live(string key, ColumnKind kind = ColumnKind.Text) => new(l["AsOf.Column", l[key], l.AsOf(live)], kind);
        var columns = new List<TableColumn>
        {
            Col("League.Col.Rank", ColumnKind.Integer),
            Col("League.Col.SubDistrict"),
            Col("League.Col.Baseline", ColumnKind.Integer),
            Col("League.Col.Covered", ColumnKind.Integer),
            Col("League.Col.Remaining", ColumnKind.Integer),
            Col("League.Col.Percent", ColumnKind.PercentPoints),
            Col("League.Col.Newly", ColumnKind.Integer),
            Live("League.Col.Committees"),
            Live("League.Col.OnTime4", ColumnKind.PercentPoints),
            Live("League.Col.OnTime13", ColumnKind.PercentPoints),
            Live("League.Col.Retrofit"),
            Live("League.Col.RetrofitAccepted", ColumnKind.Decimal),
            Live("League.Col.RetrofitTarget", ColumnKind.Decimal),
            Live("League.Col.CommitteesFormedNow", ColumnKind.Integer),
            Live("League.Col.CommitteesNeeded", ColumnKind.Integer),
            Live("League.Col.Overdue", ColumnKind.Integer),
            Live("League.Col.ReturnsOverdue", ColumnKind.Integer),
            Live("League.Col.OrdersOpen", ColumnKind.Integer),
            Live("League.Col.CommitteeOverdue", ColumnKind.Integer),
            Col("League.Col.Movement"),
            Col("League.Col.Quartile"),
            Col("League.Col.Band"),
            Col("League.Col.BandRank", ColumnKind.Integer),
            Col("League.Col.Badges"),
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
            LeagueText.Committees(x),
            x.OnTime4,
            x.OnTime13,
            LeagueText.Retrofit(x),
            x.Retrofit?.AcceptedArea,
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
        ]).ToList();
        return new TableExport(table.District.Name, l["League.ExportSubject"], table.Week, columns, rows)
        {
            Numbered = false,
            AsOfLabel = l.AsOfInDocument(AsOf.Frozen(table.Week, today)),
            Notes = [l["League.RuleNote"], l["League.ShownRule"]],
        };
    }
}
