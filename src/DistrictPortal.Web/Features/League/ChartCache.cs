using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DistrictPortal.Documents.Charts;

namespace DistrictPortal.Web.Features.League;

/// <summary>
/// Rendered chart SVGs by content. ScottPlot takes ~70 ms a chart while the league's data takes ~2 ms, and the same
/// data always renders to the same bytes (ChartRenderer promises it), so a chart drawn once is served from here until
/// a figure changes. Bounded: when full it starts again empty, which costs one render per chart.
/// </summary>
public sealed class ChartCache
{
    public const int Capacity = 256;
    private readonly ConcurrentDictionary<string, string> _svgs = new(StringComparer.Ordinal);

    public string League(IReadOnlyList<LeagueBar> bars, string title) =>
        Get("league|" + title + "|" + string.Join(";", bars.Select(b => $"{b.Name}|{Number(b.PercentCleared)}|{b.IsHighlighted}")),
            () => LeagueChart.Svg(bars, title: title));

    public string Trend(TrendChartData data) =>
        Get($"trend|{data.Title}|{data.NodeName}|{data.DistrictName}|{data.TargetDate:yyyy-MM-dd}|{Points(data.Node)}|{Points(data.District)}",
            () => TrendChart.Svg(data));

    private string Get(string content, Func<string> render)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        if (_svgs.TryGetValue(key, out var svg))
            return svg;
        svg = render();
        if (_svgs.Count >= Capacity)
            _svgs.Clear();
        _svgs[key] = svg;
        return svg;
    }

    private static string Points(IEnumerable<TrendPoint> points) =>
        string.Join(";", points.Select(p => $"{p.WeekEnding:yyyy-MM-dd}={Number(p.PercentCleared)}"));

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
