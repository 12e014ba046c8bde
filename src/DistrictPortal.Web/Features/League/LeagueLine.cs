using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.League;

namespace DistrictPortal.Web.Features.League;

/// <summary>Why a row's figures deserve a second look; shown as badges beside the name.</summary>
[Flags]
public enum LeagueBadges
{
    None = 0,
    /// <summary>This week's return came in after the deadline, or has not come in at all.</summary>
    Late = 1,
    /// <summary>This week's return was sent back at least once.</summary>
    SentBack = 2,
    /// <summary>The figures used are a restatement (更正) of an accepted return.</summary>
    Restated = 4,
    /// <summary>No return accepted for this week yet: the last frozen figures are carried forward.</summary>
    CarriedForward = 8,
}

/// <summary>
/// One line of a league table: Core's ranked row and the columns around it. The retrofit progress and the committee
/// figures are today's, filled in by <see cref="LeagueWiring"/> from those features' own rules; shown, never in the score.
/// </summary>
public sealed record LeagueLine(
    LeagueRow Row,
    LeagueStanding Standing,
    decimal? OnTime4,
    decimal? OnTime13,
    IReadOnlyList<DateOnly> OverdueWeeks,
    LeagueBadges Badges,
    int OnTimeWeeks4,
    int DueWeeks4,
    // This year's retrofit progress (RetrofitBoard), null when the sub-district has neither a target nor a project.
    Core.Retrofit.RetrofitProgress? Retrofit = null,
    // Committee deadlines missed today (CommitteeDeadlines, a term ending soon is not missed).
    int? CommitteeDeadlinesOverdue = null,
    // Committees needed and formed today (CommitteeCounts); the snapshot's own formed count stays on Standing.
    int? CommitteesNeeded = null,
    int? CommitteesFormedNow = null,
    // Look-backs today (LookBackBoard): provisional strike-offs (销号（待回头看）) and relapses (返潮); shown, never scored.
    Core.LookBacks.LookBackCounts? LookBacks = null,
    // Estates past their full-coverage planned date and not struck off, today (LeaguePlanColumn); shown, never scored.
    int? PlanOverdue = null,
    // Inspected estates meeting every service standard at their newest inspection, today (StandardsBoard); shown, never scored.
    Core.Standards.StandardsShare? Standards = null)
{
    public long Id => Row.Entry.SubDistrictId;
    public string Name => Row.Entry.Name;
    /// <summary>Weeks in the last 13 whose deadline passed with nothing submitted.</summary>
    public int ReturnsOverdue => OverdueWeeks.Count;
    /// <summary>Accepted area ÷ this year's target; null ("—") when the sub-district has no target.</summary>
    public decimal? RetrofitPercent => Retrofit?.PercentOfTarget;
    public int OverdueItems => ReturnsOverdue + Standing.OpenSupervisionOrders + (CommitteeDeadlinesOverdue ?? 0);

    /// <summary>
    /// This line of today's columns (the same sub-district wired in another week's table) with <paramref name="week"/>'s
    /// own figures: everything positional is the week's, every optional column is today's, so a column added to the
    /// wiring later is carried without touching this.
    /// </summary>
    public LeagueLine WithWeekOf(LeagueLine week) => this with
    {
        Row = week.Row,
        Standing = week.Standing,
        OnTime4 = week.OnTime4,
        OnTime13 = week.OnTime13,
        OverdueWeeks = week.OverdueWeeks,
        Badges = week.Badges,
        OnTimeWeeks4 = week.OnTimeWeeks4,
        DueWeeks4 = week.DueWeeks4,
    };
}

/// <summary>A district's league for one week, with the week before it (for movement).</summary>
public sealed record LeagueWeekTable(
    Node District,
    DateOnly Week,
    DateOnly PreviousWeek,
    DateOnly? TargetDate,
    IReadOnlyList<LeagueLine> Lines)
{
    /// <summary>Which build of <see cref="LeagueTableCache"/> this is: the page's rendered rows are reused while it is the same.</summary>
    public long Generation { get; init; }

    public IReadOnlyList<LeagueRow> Rows => Lines.Select(l => l.Row).ToList();
    public IEnumerable<LeagueLine> Ranked => Lines.Where(l => l.Row.Rank is not null);
}
