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
/// One line of a league table: Core's ranked row and the columns around it. The retrofit share and committee
/// deadlines overdue come from features not in this branch: null here, shown as "—", never in the score.
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
    // Retrofit: wired at merge — this year's retrofit area as % of the target (AreaTarget); null until then.
    decimal? RetrofitPercent = null,
    // Committees: wired at merge — committee deadlines overdue, and committees needed (estates whose consultation
    // chose professional management, P8); null until then.
    int? CommitteeDeadlinesOverdue = null,
    int? CommitteesNeeded = null)
{
    public long Id => Row.Entry.SubDistrictId;
    public string Name => Row.Entry.Name;
    /// <summary>Weeks in the last 13 whose deadline passed with nothing submitted.</summary>
    public int ReturnsOverdue => OverdueWeeks.Count;
    public int OverdueItems => ReturnsOverdue + Standing.OpenSupervisionOrders + (CommitteeDeadlinesOverdue ?? 0);
}

/// <summary>A district's league for one week, with the week before it (for movement).</summary>
public sealed record LeagueWeekTable(
    Node District,
    DateOnly Week,
    DateOnly PreviousWeek,
    DateOnly? TargetDate,
    IReadOnlyList<LeagueLine> Lines)
{
    public IReadOnlyList<LeagueRow> Rows => Lines.Select(l => l.Row).ToList();
    public IEnumerable<LeagueLine> Ranked => Lines.Where(l => l.Row.Rank is not null);
}
