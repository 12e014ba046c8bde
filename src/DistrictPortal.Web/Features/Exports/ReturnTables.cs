using System.Globalization;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Web.Features.Matrix;
using DistrictPortal.Web.Features.Returns;

namespace DistrictPortal.Web.Features.Exports;

/// <summary>
/// The return pages as <see cref="TableExport"/>s: the list, one return with its rows and figures, and the
/// completeness matrix. Workbooks are filed in Chinese whatever the page's language, with the page's words.
/// </summary>
public static class ReturnTables
{
    public const string ListSubject = "周报报送情况";
    public const string ReturnSubject = "周报";
    public const string MatrixSubject = "报送完整性与及时性";

    public static TableExport List(string scope, DateOnly asOf, IEnumerable<Returns.ReturnLine> lines) =>
        new(scope, ListSubject, asOf,
            [
                TableColumn.Date("报告周截止日（周五）"),
                TableColumn.Text("街道"),
                TableColumn.Text("报送状态"),
                TableColumn.Text("首次报送时间"),
                TableColumn.Text("及时性"),
            ],
            lines.Select(x => (IReadOnlyList<object?>)
            [
                x.WeekEnding,
                x.SubDistrict.Name,
                StatusLabel(x.Summary?.Status),
                x.FirstSubmittedLocal?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Label(x.Timeliness),
            ]).ToList())
        {
            Notes = ["注：时间为北京时间。"],
        };

    /// <summary>One sub-district's week: a row per estate on its list, the figures as notes under the table.</summary>
    public static TableExport Return(ReturnContext context, WeeklyReturn shown, IReadOnlyDictionary<long, string> communities,
        Func<DateTime, DateTime>? toLocal = null)
    {
        var figures = ReturnFigures.Compute(shown);
        var status = StatusLabel(context.Stored?.Status);
        // An accepted return's figures are its frozen week; any other, its rows as they stand today.
        var asOf = context.Stored?.Status == ReturnStatus.Accepted
            ? AsOf.Frozen(context.WeekEnding, context.Today) : AsOf.Live(context.Today);
        return new TableExport(context.SubDistrict.Name, ReturnSubject, context.WeekEnding,
            [
                TableColumn.Text("社区"),
                TableColumn.Text("小区名称"),
                TableColumn.Integer("户数", sums: true),
                TableColumn.Text("管理方式"),
                TableColumn.Integer("六有（项）"),
                TableColumn.Date("征求意见日期"),
                TableColumn.Date("业主大会日期"),
                TableColumn.Date("业委会成立日期"),
                TableColumn.Date("合同签订日期"),
                TableColumn.Text("是否销号"),
                TableColumn.Date("销号日期"),
                new TableColumn("困难问题") { Width = 30 },
                new TableColumn("需区级协调事项") { Width = 30 },
            ],
            shown.Rows.Select(r => (IReadOnlyList<object?>)
            [
                communities.GetValueOrDefault(r.EstateId, ""),
                r.EstateName,
                r.Households,
                EstateLabels.Of(r.Mode),
                Haves.Count(r.SixHaves),
                r.ConsultationDate,
                r.OwnersMeetingDate,
                r.CommitteeElectedDate,
                r.ContractSignedDate,
                EstateLabels.Of(r.IsStruckOff),
                r.StruckOffDate,
                r.Blockers,
                r.HelpAsked,
            ]).ToList())
        {
            TitleOverride = $"{context.SubDistrict.Name} 周报（{Iso(ReportingCalendar.WeekStart(context.WeekEnding))} 至 {Iso(context.WeekEnding)}）",
            AsOfLabel = Documents.AsOfText.Label(asOf),
            Notes =
            [
                $"报送状态：{status}。",
                $"清零基数 {figures.Baseline.Value} 个，已销号 {figures.Covered.Value} 个，剩余 {figures.Remaining.Value} 个，"
                    + $"清零率 {Rate(figures.PercentCleared)}，本周新增销号 {figures.NewlyCovered.Value} 个，"
                    + $"已成立业委会 {figures.CommitteesFormed.Value} 个，销号小区户数 {figures.HouseholdsCovered.Value} 户。",
                .. Narrative(shown),
                .. Signatures(context, shown, toLocal),
            ],
        };
    }

    /// <summary>The return's narrative as filed: 本周进展, 存在问题, 下周计划 (a blank one says so rather than vanish).</summary>
    private static IEnumerable<string> Narrative(WeeklyReturn shown)
    {
        static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? "（未填写）" : value.Trim();
        yield return $"本周进展：{Text(shown.ProgressNarrative)}";
        yield return $"存在问题：{Text(shown.ProblemsNarrative)}";
        yield return $"下周计划：{Text(shown.NextWeekPlan)}";
    }

    /// <summary>The signature block a filed return carries: who filed it and how to reach them, who reviewed it and when.</summary>
    private static IEnumerable<string> Signatures(ReturnContext context, WeeklyReturn shown, Func<DateTime, DateTime>? toLocal)
    {
        var reviewed = shown.ReviewedUtc is { } at && toLocal is not null
            ? toLocal(at).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) + "（北京时间）"
            : "____________";
        yield return $"填报单位：{context.SubDistrict.Name}　　填报人：{shown.SubmittedByName ?? "____________"}　　联系电话：____________";
        yield return $"审核人：{shown.ReviewedByName ?? "____________"}　　审核时间：{reviewed}";
    }

    /// <summary>The matrix: a row per sub-district, a column per week, the rates in percentage points; the weekly rates as notes.</summary>
    public static TableExport Matrix(string scope, DateOnly asOf, MatrixViewModel model)
    {
        var columns = new List<TableColumn> { TableColumn.Text("街道"), TableColumn.Text("区") };
        columns.AddRange(model.Columns.Select(c => TableColumn.Text(c.WeekEnding.ToString("MM-dd", CultureInfo.InvariantCulture))));
        columns.Add(new TableColumn("按时报送率（%）", ColumnKind.PercentPoints));
        columns.Add(new TableColumn("完整率（%）", ColumnKind.PercentPoints));
        var rows = model.Rows.Select(r =>
        {
            var values = new List<object?> { r.SubDistrictName, r.DistrictName };
            values.AddRange(r.Cells.Select(Label));
            values.Add(r.OnTimeRate);
            values.Add(r.CompletenessRate);
            return (IReadOnlyList<object?>)values;
        }).ToList();
        return new TableExport(scope, MatrixSubject, asOf, columns, rows)
        {
            SheetNameOverride = "报送矩阵",
            Notes =
            [
                "各周按时报送率：" + string.Join("；", model.Columns.Select(c => $"{Iso(c.WeekEnding)} {Rate(c.OnTimeRate)}")),
                "各周完整率：" + string.Join("；", model.Columns.Select(c => $"{Iso(c.WeekEnding)} {Rate(c.CompletenessRate)}")),
                "注：未到期及行动开始前的周不计入比率。",
            ],
        };
    }

    /// <summary>The return list's words for a status (a submitted return waits for review: 待审核).</summary>
    public static string StatusLabel(ReturnStatus? status) => status switch
    {
        null => "未填报",
        ReturnStatus.Draft => "草稿",
        ReturnStatus.Submitted => "待审核",
        ReturnStatus.SentBack => "已退回",
        ReturnStatus.Accepted => "审核通过",
        ReturnStatus.Reopened => "已重开",
        _ => status.ToString()!,
    };

    public static string Label(Timeliness timeliness) => timeliness switch
    {
        Timeliness.OnTime => "按时",
        Timeliness.Late => "迟报",
        Timeliness.Overdue => "已逾期未报",
        _ => "未到期",
    };

    private static string Label(MatrixCell cell)
    {
        var kind = cell.Kind switch
        {
            CellKind.NotAsked => "—",
            CellKind.NotYetDue => "未到期",
            CellKind.Missing => "未报",
            CellKind.OnTime => "按时",
            _ => "迟报",
        };
        return cell.Status is { } s && cell.IsSubmitted ? $"{kind}·{StatusLabel(s)}" : kind;
    }

    private static string Rate(decimal? rate) => rate is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
