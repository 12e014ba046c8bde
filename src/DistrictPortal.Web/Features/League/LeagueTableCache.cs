using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Web.Features.League;

/// <summary>
/// A district's league for a week, built once and shared by every request until something changes. Building it takes
/// the district's history (<see cref="GetHistoryAsync"/>) and its columns of today (<see cref="GetTodayAsync"/>), each read
/// once until the next change, while a request that finds the table here pays one read: the newest audit id, which every
/// change moves.
/// The table also depends on the clock (a deadline passing makes a week overdue, a day passing makes a committee
/// deadline missed), so an entry also lasts one minute at most. What a user may see of it is applied per request.
/// </summary>
public sealed class LeagueTableCache
{
    public const int Capacity = 64;

    /// <summary>How long a page keeps a table's rendered rows: past it a new build (at least once a minute) is due anyway.</summary>
    public static readonly TimeSpan RenderLifetime = TimeSpan.FromMinutes(2);
    private readonly StampedCache<(long District, DateOnly Week), LeagueWeekTable> _tables = new(Capacity);
    private readonly StampedCache<long, LeagueWeekTable> _today = new(Capacity);
    private readonly StampedCache<long, LeagueDistrictFacts> _history = new(Capacity);
    private long _generation;

    public Task<LeagueWeekTable> GetAsync(Node district, DateOnly week, DateTime nowUtc, IAuditRepository audit, Func<Task<LeagueWeekTable>> build) =>
        GetAsync(district, week, nowUtc, audit, _ => build());

    /// <summary>As above; the build is handed the change stamp the table is kept under, for the district's other parts.</summary>
    public async Task<LeagueWeekTable> GetAsync(Node district, DateOnly week, DateTime nowUtc, IAuditRepository audit, Func<long, Task<LeagueWeekTable>> build)
    {
        var stamp = await audit.ReadChangeStampAsync();
        return await _tables.GetAsync((district.Id, week), stamp, nowUtc.Ticks / TimeSpan.TicksPerMinute,
            async () => await build(stamp) with { Generation = Interlocked.Increment(ref _generation) });
    }

    /// <summary>
    /// A district's columns of today (retrofit, committees, look-backs, plans: <see cref="LeagueWiring"/>), which are the
    /// same whatever the week, kept on the same terms as the tables: until the next change or the next minute. Every
    /// week's table built meanwhile takes them from here instead of reading them again.
    /// </summary>
    public async Task<LeagueWeekTable> GetTodayAsync(Node district, DateTime nowUtc, IAuditRepository audit, Func<Task<LeagueWeekTable>> build) =>
        await GetTodayAsync(district, nowUtc, await audit.ReadChangeStampAsync(), build);

    public Task<LeagueWeekTable> GetTodayAsync(Node district, DateTime nowUtc, long stamp, Func<Task<LeagueWeekTable>> build) =>
        _today.GetAsync(district.Id, stamp, nowUtc.Ticks / TimeSpan.TicksPerMinute, build);

    /// <summary>
    /// A district's frozen history (<see cref="Core.League.LeagueHistory"/>: every snapshot's headline, every return's first
    /// submission) with its campaign and the campaign's calendar, kept until the next change (a calendar or campaign edit is
    /// one): none of it moves with the clock, so it has no period. Every week's table is built from it, so a week nobody
    /// opened reads nothing of its own.
    /// </summary>
    public Task<LeagueDistrictFacts> GetHistoryAsync(Node district, long stamp, Func<Task<LeagueDistrictFacts>> build) =>
        _history.GetAsync(district.Id, stamp, 0, build);
}

/// <summary>What the league keeps of a district between changes: its history, its campaign (if it is the district's own) and that campaign's calendar over the weeks the history holds.</summary>
public sealed record LeagueDistrictFacts(
    Core.League.LeagueHistory History, Core.Campaigns.Campaign? Campaign, Core.Campaigns.ReportingCalendar Calendar, DateOnly CalendarFrom, DateOnly CalendarTo);
