using DistrictPortal.Documents.Charts;

namespace DistrictPortal.Web.Features.League;

/// <summary>
/// The trend chart as the trend page and the dashboard draw it (issue 17): the district's line (全区) by default, and the
/// highlighted line, when there is one, the reader's own sub-district (or the one asked for) in the accent colour against
/// the district's in grey. Without a highlighted line the district's own line takes the accent.
/// </summary>
public static class LeagueTrendChart
{
    public static TrendChartData Data(string districtName, IReadOnlyList<DateOnly> weeks, IReadOnlyList<decimal?> districtLine,
        TrendSeries? highlighted, DateOnly? target, string? heading = null)
    {
        var district = weeks.Select((w, i) => new TrendPoint(w, districtLine[i])).ToList();
        return highlighted is null
            ? new TrendChartData(districtName, district, [], target, districtName, heading ?? districtName)
            : new TrendChartData(highlighted.Name, weeks.Select((w, i) => new TrendPoint(w, highlighted.Percent[i])).ToList(), district, target,
                districtName, heading ?? districtName);
    }
}
