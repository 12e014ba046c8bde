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
    private readonly StampedCache<long, Core.League.LeagueHistory> _history = new(Capacity);
    private long _generation;

    public async Task<LeagueWeekTable> GetAsync(Node district, DateOnly week, DateTime nowUtc, IAuditRepository audit, Func<Task<LeagueWeekTable>> build) =>
        await _tables.GetAsync((district.Id, week), await audit.ReadChangeStampAsync(), nowUtc.Ticks / TimeSpan.TicksPerMinute,
            async () => await build() with { Generation = Interlocked.Increment(ref _generation) });

    /// <summary>
    /// A district's columns of today (retrofit, committees, look-backs, plans: <see cref="LeagueWiring"/>), which are the
    /// same whatever the week, kept on the same terms as the tables: until the next change or the next minute. Every
    /// week's table built meanwhile takes them from here instead of reading them again.
    /// </summary>
    public async Task<LeagueWeekTable> GetTodayAsync(Node district, DateTime nowUtc, IAuditRepository audit, Func<Task<LeagueWeekTable>> build) =>
        await _today.GetAsync(district.Id, await audit.ReadChangeStampAsync(), nowUtc.Ticks / TimeSpan.TicksPerMinute, build);

    /// <summary>
    /// A district's frozen history (<see cref="Core.League.LeagueHistory"/>: every snapshot's headline, every return's first
    /// submission), kept until the next change: it holds no clock-dependent figure, so it has no period. Every week's
    /// table is built from it, so a week nobody opened reads nothing of its own.
    /// </summary>
    public async Task<Core.League.LeagueHistory> GetHistoryAsync(Node district, IAuditRepository audit, Func<Task<Core.League.LeagueHistory>> build) =>
        await _history.GetAsync(district.Id, await audit.ReadChangeStampAsync(), 0, build);
}
