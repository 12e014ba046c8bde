using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Retrofit;
using static DistrictPortal.Documents.Pdf.Briefing.BriefingFormat;

namespace DistrictPortal.Documents.Pdf.Briefing;

/// <summary>A thing past its deadline: a committee step (P8, P9) or an open supervision order (督办, P11).</summary>
public sealed record OverdueItem(string Subject, string Matter, DateOnly DueDate, int DaysOverdue, string? Responsible = null)
{
    public static OverdueItem From(CommitteeAlert alert, string? responsible = null) =>
        new(alert.EstateName, BriefingTables.AlertText(alert.Kind), alert.DueDate, alert.Days, responsible);

    public static OverdueItem From(SupervisionOrder order, DateOnly today) =>
        new(order.SubDistrictName, $"督办：{order.Reason}", order.WeekEnding, Math.Max(0, today.DayNumber - order.WeekEnding.DayNumber), order.SubDistrictName);
}

/// <summary>The briefing's four tables built from Core's results, so every briefing prints them the same way.</summary>
public static class BriefingTables
{
    public static ReportTable Overdue(IEnumerable<OverdueItem> items) => new(
        "逾期事项清单",
        [new("对象", 3), new("事项", 4), new("期限", 2, CellAlign.Center), ReportColumn.Number("逾期天数", 1.5), new("责任单位", 2.5)],
        items.OrderByDescending(i => i.DaysOverdue).ThenBy(i => i.Subject, StringComparer.Ordinal)
            .Select(i => Row(i.Subject, i.Matter, Date(i.DueDate), Count(i.DaysOverdue), i.Responsible))
            .ToList())
    { EmptyText = "本周无逾期事项" };

    /// <summary>Committee alerts (P8 consultation and meeting deadlines, P9 filing and re-election).</summary>
    public static ReportTable Committees(IEnumerable<CommitteeAlert> alerts) => new(
        "业委会组建提醒",
        [new("小区", 4), new("提醒", 4), new("期限", 2, CellAlign.Center), ReportColumn.Number("天数", 1.5)],
        alerts.Select(a => Row(a.EstateName, AlertText(a.Kind), Date(a.DueDate),
                a.Kind == CommitteeAlertKind.TermEndingSoon ? $"剩 {a.Days}" : $"逾 {a.Days}"))
            .ToList())
    { EmptyText = "无待办提醒", Note = "征求意见：硬件整治竣工接收后一个月内；业主大会及选举：专业化物业管理意见形成后两个月内。" };

    /// <summary>Area targets against works completed and accepted (P8); behind pace when the straight-line projection falls short.</summary>
    public static ReportTable Retrofit(IEnumerable<(string Name, RetrofitProgress Progress)> rows) => new(
        "改造面积目标进度（万㎡）",
        [new("对象", 3), ReportColumn.Number("目标", 2.2), ReportColumn.Number("已竣工接收", 2.4), ReportColumn.Number("完成率", 1.5),
         ReportColumn.Number("在建", 2.2), ReportColumn.Number("预计全年", 2.4), new("进度", 1.5, CellAlign.Center)],
        rows.Select(r => Row(r.Name, WanSquareMetres(r.Progress.TargetArea), WanSquareMetres(r.Progress.AcceptedArea), Percent(r.Progress.PercentOfTarget),
                WanSquareMetres(r.Progress.InWorksArea), WanSquareMetres(r.Progress.ProjectedArea), r.Progress.IsBehindPace ? "滞后" : "正常"))
            .ToList())
    { Note = "只计竣工并接收的面积；预计全年 = 已接收面积 ÷ 已过天数 × 全年天数。" };

    /// <summary>What each node owes and has paid (资金政策), in 万元 for the leaders who read it, with the one 1:1 rounding rule printed under it (the pages and workbooks keep the cent).</summary>
    public static ReportTable Funding(IEnumerable<(string Name, FundingReconciliation Balance)> rows) => new(
        "资金收支对账（万元）",
        [new("对象", 3), ReportColumn.Number("应付合计", 2.2), ReportColumn.Number("已付合计", 2.2), ReportColumn.Number("市级待付", 2),
         ReportColumn.Number("区级待付", 2), ReportColumn.Number("其他待付", 2), new("状态", 1.8, CellAlign.Center)],
        rows.Select(r => Row(r.Name, WanYuan(r.Balance.TotalOwed), WanYuan(r.Balance.TotalPaid),
                WanYuan(r.Balance.For(Payer.City).Balance), WanYuan(r.Balance.For(Payer.District).Balance),
                WanYuan(r.Balance.For(Payer.SpecialFunds).Balance + r.Balance.For(Payer.PropertyRightUnit).Balance),
                FundingState(r.Balance)))
            .ToList())
    { Note = FundingRules.RuleTextZh };

    internal static string AlertText(CommitteeAlertKind kind) => kind switch
    {
        CommitteeAlertKind.ConsultationOverdue => "征求意见逾期",
        CommitteeAlertKind.MeetingOverdue => "业主大会/选举业委会逾期",
        CommitteeAlertKind.FilingMissing => "业委会未备案",
        CommitteeAlertKind.TermEndingSoon => "临近换届",
        CommitteeAlertKind.TermExpired => "任期届满未换届",
        _ => kind.ToString(),
    };

    private static string FundingState(FundingReconciliation r) =>
        r.Payers.Any(p => p.IsOverpaid) ? "超付" : r.IsMatchingOutOfStep ? "配套不同步" : r.IsSettled ? "已结清" : "未结清";

    private static IReadOnlyList<string?> Row(params string?[] cells) => cells;
}
