using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Web.Features.League;

/// <summary>
/// The trend behind /league/trend and the dashboard (<see cref="LeagueTrend"/>): it reads the window's snapshots and
/// the 104 weeks before it, which set where a sub-district stood when the window opens (~300 ms for a city of 200
/// sub-districts). Kept until the next audited change; snapshots do not move with the clock, so there is no period.
/// </summary>
public sealed class LeagueTrendSource(IWeeklyReturnRepository returns, IAuditRepository audit, LeagueTrendSource.Cache cache)
{
    /// <summary>The district's trends, shared by every request (a singleton).</summary>
    public sealed class Cache
    {
        internal StampedCache<(long District, DateOnly First, DateOnly Last), LeagueTrendResult> Trends { get; } = new(64);
    }

    public async Task<LeagueTrendResult> BuildAsync(Node district, IReadOnlyList<DateOnly> weeks) =>
        await cache.Trends.GetAsync((district.Id, weeks[0], weeks[^1]), await audit.ReadChangeStampAsync(), period: 0, async () =>
        {
            var snapshots = await returns.ListCurrentSnapshotsAsync(district.Path, weeks[0].AddDays(-7 * LeagueController.MaxTrendWeeks), weeks[^1]);
            var (subDistricts, line) = LeagueTrend.Build(snapshots, weeks);
            return new LeagueTrendResult(subDistricts, line);
        });
}

public sealed record LeagueTrendResult(IReadOnlyList<TrendSeries> SubDistricts, IReadOnlyList<decimal?> District);
