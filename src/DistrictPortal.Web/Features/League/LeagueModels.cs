using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.League;
using DistrictPortal.Web.Features.Returns;

namespace DistrictPortal.Web.Features.League;

public sealed class LeagueIndexModel
{
    public required LeagueWeekTable Table { get; init; }
    /// <summary>The lines on this page of those the user is shown (a committee member's scope only); ranks are the district's.</summary>
    public required IReadOnlyList<LeagueLine> Lines { get; init; }
    public required LeaguePaging Paging { get; init; }
    /// <summary>Districts to choose from, when the scope holds more than one.</summary>
    public required IReadOnlyList<Node> Districts { get; init; }
    /// <summary>Whether a line's figures link to its estates; asked only when the rows are rendered, not on every request.</summary>
    public required Func<long, bool> CanDrill { get; init; }
    /// <summary>Whether a line's name opens its sub-district's page.</summary>
    public required Func<long, bool> CanOpen { get; init; }
    /// <summary>
    /// What the rendered rows depend on besides the culture: the table's build, whose view it is (the lines shown
    /// and the links offered follow the role and scope) and the page. Rendering 200 rows costs more than everything
    /// else on the page, so the page keeps them under this key.
    /// </summary>
    public required string RenderKey { get; init; }

    /// <summary>
    /// Whether the rendered rows are kept under <see cref="RenderKey"/>: only for the week the league opens on, which every
    /// reader lands on. Another week is seldom read twice within the rows' lifetime, and each kept copy is a large-object
    /// string (150 KB) that only made garbage to collect (issue 19's profile of weeks nobody opened).
    /// </summary>
    public required bool KeepRows { get; init; }
}

public sealed class CommunityLeagueModel
{
    public required Node SubDistrict { get; init; }
    public required LeagueWeekTable District { get; init; }
    public required CommunityTable Table { get; init; }
    public required IReadOnlySet<long> Drillable { get; init; }
}

public sealed record DrillEstate(long EstateId, string Name, string Community, int Households, bool IsStruckOff, DateOnly? StruckOffDate);

public sealed class LeagueEstatesModel
{
    public required Node SubDistrict { get; init; }
    public required DateOnly Week { get; init; }
    public required LeagueStanding Standing { get; init; }
    public required string Figure { get; init; }
    public string? CommunityName { get; init; }
    public long? CommunityId { get; init; }
    public required IReadOnlyList<DrillEstate> Estates { get; init; }
    /// <summary>Estates behind the figure that lie outside the user's scope, counted but not listed.</summary>
    public int Hidden { get; init; }
}

public sealed class LeagueWhyModel
{
    public required LeagueWeekTable Table { get; init; }
    public required LeagueLine Line { get; init; }
    public required RankExplanation Explanation { get; init; }
    public LeagueLine? Leader { get; init; }
    public required int RankedCount { get; init; }
    /// <summary>Columns shown beside the score but not in it (<see cref="LeagueShown"/>).</summary>
    public IReadOnlyList<ShownComparison> Shown { get; init; } = [];
}

/// <summary>One sub-district's % cleared per week (its newest snapshot on or before each week), and the district's.</summary>
public sealed record TrendSeries(long SubDistrictId, string Name, IReadOnlyList<decimal?> Percent);

public sealed class LeagueTrendModel
{
    public required Node District { get; init; }
    public required IReadOnlyList<DateOnly> Weeks { get; init; }
    public required IReadOnlyList<TrendSeries> SubDistricts { get; init; }
    public required IReadOnlyList<decimal?> DistrictLine { get; init; }
    public DateOnly? TargetDate { get; init; }
    /// <summary>The sub-district asked for; null for the district's view (全区), the default.</summary>
    public required TrendSeries? Selected { get; init; }
    /// <summary>The reader's own sub-district, highlighted in the chart and the table; null for a district-wide reader.</summary>
    public TrendSeries? Own { get; init; }
    public required string ChartSvg { get; init; }
    public required int WeekCount { get; init; }
}

/// <summary>The figures a league cell opens, named as the return page names them.</summary>
public static class LeagueFigures
{
    public static IReadOnlyList<string> Drillable { get; } =
        [FigureNames.Baseline, FigureNames.Covered, FigureNames.Remaining, FigureNames.NewlyCovered, FigureNames.CommitteesFormed];
}
