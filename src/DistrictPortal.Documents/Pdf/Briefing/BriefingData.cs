using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.League;
using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Charts;

namespace DistrictPortal.Documents.Pdf.Briefing;

/// <summary>
/// 工作简报: everything a weekly briefing for one node (district, sub-district or estate) prints, already decided
/// by Core and the caller; the renderer only lays it out. Figures come from accepted snapshots, so a briefing
/// names its snapshot and can be reproduced.
/// </summary>
public sealed record BriefingData
{
    public const string DefaultIssuingUnit = "区无物业管理小区清零行动领导小组办公室";

    public required string NodeName { get; init; }
    public required NodeLevel Level { get; init; }
    public string IssuingUnit { get; init; } = DefaultIssuingUnit;

    /// <summary>The Friday that ends the reporting week (Saturday to Friday).</summary>
    public required DateOnly WeekEnding { get; init; }

    /// <summary>Which frozen figures this briefing shows (for instance "S-2026-11-27-0042").</summary>
    public required string SnapshotId { get; init; }

    /// <summary>Printed in every footer as Beijing time.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    public required BriefingHeadline Headline { get; init; }

    /// <summary>The node's place in the league of sub-districts; null for a district or an unranked node.</summary>
    public LeaguePosition? League { get; init; }

    /// <summary>第一责任人 of the node (P5), "姓名（职务） 电话", printed under the scope line; null when none is named.</summary>
    public string? Responsible { get; init; }

    public IReadOnlyList<TrendPoint> NodeTrend { get; init; } = [];
    public IReadOnlyList<TrendPoint> DistrictTrend { get; init; } = [];

    /// <summary>The campaign's clear-by date, marked on the trend chart.</summary>
    public DateOnly? TargetDate { get; init; }

    /// <summary>The whole league as bars (rank 1 first); the league chart is printed when there are any.</summary>
    public IReadOnlyList<LeagueBar> LeagueStandings { get; init; } = [];

    /// <summary>Who the league chart shows (a peer group or the whole district), printed under it with the ranking rule.</summary>
    public string? LeagueChartNote { get; init; }

    /// <summary>Free text sections, printed after the headline figures: 本周进展, 存在问题, 下周计划.</summary>
    public IReadOnlyList<BriefingSection> Narrative { get; init; } = [];

    public ReportTable? OverdueItems { get; init; }
    public ReportTable? Committees { get; init; }
    public ReportTable? RetrofitProgress { get; init; }
    public ReportTable? FundingBalance { get; init; }

    /// <summary>第 N 期: the briefing's number in its scope's series for the year (one a week); null prints no number.</summary>
    public int? IssueNumber { get; init; }

    /// <summary>报送: whom the briefing is sent to (版记, printed at the end).</summary>
    public string SentTo { get; init; } = "区无物业管理小区清零行动领导小组组长、副组长，各成员单位";

    /// <summary>抄送: who receives a copy.</summary>
    public string CopiedTo { get; init; } = "各街道办事处";

    public string Title => $"{NodeName}无物业管理小区清零行动工作简报";

    /// <summary>The issue number of a weekly series: weeks since the later of 1 January and the campaign's first week, counting this one.</summary>
    public static int IssueOf(DateOnly weekEnding, DateOnly campaignFirstWeek)
    {
        var firstOfYear = ReportingCalendar.WeekEnding(new DateOnly(weekEnding.Year, 1, 1));
        if (firstOfYear.Year < weekEnding.Year)
            firstOfYear = firstOfYear.AddDays(7);
        var start = campaignFirstWeek > firstOfYear ? campaignFirstWeek : firstOfYear;
        return Math.Max(1, (weekEnding.DayNumber - start.DayNumber) / 7 + 1);
    }
}

public sealed record BriefingSection(string Heading, string Text);

/// <summary>
/// The headline figures of a week (the campaign's 清零 progress): derived by Core, never typed. Percentages are already at one
/// decimal; null when there is nothing to divide by.
/// </summary>
public sealed record BriefingHeadline(
    int Baseline,
    int Covered,
    int Remaining,
    decimal? PercentCleared,
    int NewlyCleared,
    int CommitteesFormed,
    long HouseholdsCovered,
    decimal? OnTimeRate)
{
    /// <summary>One sub-district's week, from its accepted snapshot.</summary>
    public static BriefingHeadline From(ReturnSnapshot snapshot, decimal? onTimeRate) => new(
        snapshot.Baseline, snapshot.Covered, snapshot.Remaining, snapshot.PercentCleared, snapshot.NewlyCovered,
        snapshot.CommitteesFormed, snapshot.HouseholdsCovered, onTimeRate);

    /// <summary>
    /// A district's week: the sum of its sub-districts' snapshots, % cleared recomputed from the sums by Core's rule
    /// (never an average of percentages).
    /// </summary>
    public static BriefingHeadline Sum(IReadOnlyCollection<ReturnSnapshot> snapshots, decimal? onTimeRate)
    {
        var baseline = snapshots.Sum(s => s.Baseline);
        var covered = snapshots.Sum(s => s.Covered);
        return new(
            baseline, covered, snapshots.Sum(s => s.Remaining), ReturnFigures.Percent(covered, baseline),
            snapshots.Sum(s => s.NewlyCovered), snapshots.Sum(s => s.CommitteesFormed),
            snapshots.Sum(s => s.HouseholdsCovered), onTimeRate);
    }
}

/// <param name="Movement">Places moved since last week: positive up (▲), negative down (▼), null when not comparable.</param>
public sealed record LeaguePosition(int Rank, int Of, int? Movement)
{
    /// <summary>The sub-district's row of the league; null when it is not in it or not ranked. "Of" counts ranked entries.</summary>
    public static LeaguePosition? From(IReadOnlyList<LeagueRow> table, long subDistrictId)
    {
        var row = table.FirstOrDefault(r => r.Entry.SubDistrictId == subDistrictId);
        return row?.Rank is { } rank ? new LeaguePosition(rank, table.Count(r => r.Rank is not null), row.Movement) : null;
    }
}
