using DistrictPortal.Core.Returns;

namespace DistrictPortal.Web.Features.League;

/// <summary>
/// 清零率走势 from frozen snapshots: each sub-district's % cleared at each week is that of its newest snapshot on or
/// before the week (carried forward, as in the table); the district's line is Σ covered ÷ Σ baseline over the
/// sub-districts with figures by then, to one decimal (Core's <see cref="ReturnFigures.Percent"/>).
/// </summary>
public static class LeagueTrend
{
    public static (IReadOnlyList<TrendSeries> SubDistricts, IReadOnlyList<decimal?> District) Build(
        IReadOnlyList<ReturnSnapshot> snapshots, IReadOnlyList<DateOnly> weeks)
    {
        var bySubDistrict = snapshots.GroupBy(s => s.SubDistrictId)
            .Select(g => (Id: g.Key, Name: g.OrderBy(s => s.WeekEnding).Last().SubDistrictName, Snapshots: g.OrderBy(s => s.WeekEnding).ToList()))
            .ToList();
        ReturnSnapshot? At(List<ReturnSnapshot> list, DateOnly week) => list.LastOrDefault(s => s.WeekEnding <= week);

        var series = bySubDistrict.Select(x => new TrendSeries(x.Id, x.Name, weeks.Select(w => At(x.Snapshots, w)?.PercentCleared).ToList())).ToList();
        var district = weeks.Select(w =>
        {
            var held = bySubDistrict.Select(x => At(x.Snapshots, w)).OfType<ReturnSnapshot>().ToList();
            return held.Count == 0 ? null : ReturnFigures.Percent(held.Sum(s => (long)s.Covered), held.Sum(s => (long)s.Baseline));
        }).ToList();
        return (series, district);
    }
}
