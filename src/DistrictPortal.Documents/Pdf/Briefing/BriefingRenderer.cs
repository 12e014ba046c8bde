using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Documents.Charts;
using static DistrictPortal.Documents.Pdf.Briefing.BriefingFormat;

namespace DistrictPortal.Documents.Pdf.Briefing;

/// <summary>
/// Lays a <see cref="BriefingData"/> out as an A4 PDF: title and subtitle lines, the headline figures, the league
/// position, narrative, the trend and league charts, then the tables (overdue items, committees, retrofit, funding).
/// Sections that have nothing to show are left out and the rest numbered in order (一、二、…).
/// </summary>
public static class BriefingRenderer
{
    public static void Render(BriefingData data, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        using var report = new ReportDocument(new ReportInfo(data.Title, data.GeneratedAt)
        {
            Author = data.IssuingUnit,
            Subject = $"{data.NodeName} {Date(data.WeekEnding)}",
            FooterNote = $"数据快照 {data.SnapshotId}",
        });
        Write(report, data);
        report.Save(output);
    }

    public static byte[] Render(BriefingData data)
    {
        using var buffer = new MemoryStream();
        Render(data, buffer);
        return buffer.ToArray();
    }

    private static void Write(ReportDocument report, BriefingData data)
    {
        var weekStart = ReportingCalendar.WeekStart(data.WeekEnding);
        // The snapshot id is for tracing a figure back, not for the reader: it is printed in the footer only.
        report.Title(data.Title);
        if (data.IssueNumber is { } issue)
            report.Subtitle($"{data.WeekEnding.Year}年第 {issue} 期");
        report.Subtitle($"{data.IssuingUnit}　　{ChineseDate(data.WeekEnding)}")
            .Subtitle($"统计周：{ChineseDate(weekStart)}（周六）至{ChineseDate(data.WeekEnding)}（周五）")
            .Subtitle($"范围：{Level(data.Level)} · {data.NodeName}");
        if (data.Responsible is { } responsible)
            report.Subtitle($"第一责任人：{responsible}");
        report.Space(10);

        var section = 0;
        string Next(string heading) => $"{Numeral(++section)}、{heading}";

        report.Heading(Next("总体情况")).Figures(Figures(data));
        report.Paragraph(Summary(data));

        foreach (var part in data.Narrative)
            report.Heading(Next(part.Heading)).Paragraph(part.Text);

        if (data.NodeTrend.Count > 0 || data.DistrictTrend.Count > 0)
        {
            var chart = new TrendChartData(data.NodeName, data.NodeTrend, data.Level == NodeLevel.District ? [] : data.DistrictTrend, data.TargetDate);
            report.Heading(Next("清零率走势")).Image(TrendChart.Png(chart), TrendCaption(data));
        }
        if (data.LeagueStandings.Count > 0)
        {
            report.Heading(Next("街道排名"))
                .Image(LeagueChart.Png(data.LeagueStandings), data.LeagueChartNote + "按清零率、本周新增销号数、近13周按时报送率依次排序；未建清零台账的街道不参与排名。");
        }

        foreach (var (heading, table) in Tables(data))
            report.Heading(Next(heading)).Table(table);

        // 版记: whom the briefing goes to, as an office's briefing ends.
        report.Space(6).Note($"报送：{data.SentTo}。").Note($"抄送：{data.CopiedTo}。");
    }

    private static IReadOnlyList<FigureBox> Figures(BriefingData data)
    {
        var h = data.Headline;
        var rank = data.League is { } l ? $"排名 {l.Rank}/{l.Of}　{Movement(l.Movement)}" : null;
        return
        [
            new("清零基数（个）", Count(h.Baseline)),
            new("已销号（个）", Count(h.Covered)),
            new("剩余（个）", Count(h.Remaining)),
            new("清零率", Percent(h.PercentCleared), rank),
            new("本周新增销号（个）", Count(h.NewlyCleared)),
            new("台账内已成立业委会（个）", Count(h.CommitteesFormed), "周报冻结"),
            new("销号小区户数（户）", Count(h.HouseholdsCovered)),
            new("按时报送率", Percent(h.OnTimeRate), "近13周"),
        ];
    }

    private static string Summary(BriefingData data)
    {
        var h = data.Headline;
        // Frozen figures, labelled as such: the committee section beside them counts every estate live.
        var text = $"{Frozen(data.WeekEnding)}：{data.NodeName}纳入清零台账的无物业管理小区共{Count(h.Baseline)}个，"
            + $"已销号{Count(h.Covered)}个，剩余{Count(h.Remaining)}个，清零率{Percent(h.PercentCleared)}；"
            + $"本周新增销号{Count(h.NewlyCleared)}个，台账内累计成立业委会{Count(h.CommitteesFormed)}个，销号小区户数{Count(h.HouseholdsCovered)}户。";
        if (data.League is { } league)
        {
            var move = league.Movement switch
            {
                > 0 => $"，较上周上升{league.Movement}位（{Movement(league.Movement)}）",
                < 0 => $"，较上周下降{-league.Movement}位（{Movement(league.Movement)}）",
                0 => "，与上周持平",
                _ => "",
            };
            text += $"在全区{league.Of}个参与排名的街道中列第{league.Rank}位{move}。";
        }
        return text;
    }

    private static string TrendCaption(BriefingData data) =>
        data.TargetDate is { } target
            ? $"蓝线为{data.NodeName}，灰线为全区；清零目标日期为{ChineseDate(target)}（在图示各周之内时以红色竖线标出，否则标注于右下角）。"
            : $"蓝线为{data.NodeName}，灰线为全区。";

    private static IEnumerable<(string Heading, ReportTable Table)> Tables(BriefingData data)
    {
        if (data.OverdueItems is { } overdue) yield return ("逾期事项", overdue);
        if (data.Committees is { } committees) yield return ("业委会组建", committees);
        if (data.RetrofitProgress is { } retrofit) yield return ("改造进度", retrofit);
        if (data.FundingBalance is { } funding) yield return ("资金收支", funding);
    }
}
