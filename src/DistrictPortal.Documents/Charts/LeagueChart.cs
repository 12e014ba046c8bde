using System.Globalization;
using DistrictPortal.Core.League;
using DistrictPortal.Documents.Fonts;
using ScottPlot;

namespace DistrictPortal.Documents.Charts;

/// <summary>One bar of the league chart: a sub-district's % cleared; null when it has no list (shown as "无台账").</summary>
public sealed record LeagueBar(string Name, decimal? PercentCleared, bool IsHighlighted = false)
{
    /// <summary>Bars in the league's order (rank 1 first), the given sub-district highlighted.</summary>
    public static IReadOnlyList<LeagueBar> From(IEnumerable<LeagueRow> table, long? highlightSubDistrictId = null) =>
        table.Select(r => new LeagueBar(r.Entry.Name, r.Entry.PercentCleared, r.Entry.SubDistrictId == highlightSubDistrictId)).ToList();
}

/// <summary>
/// 清零率排名: a horizontal bar per sub-district, first in the list at the top, value printed at the bar's end,
/// 0–100 % so two charts of different weeks compare by eye. The highlighted sub-district is drawn in orange.
/// </summary>
public static class LeagueChart
{
    public const string DefaultTitle = "各街道清零率排名";

    /// <summary>Page size that gives each bar about 26 px: 800 wide, 120 + 26 per bar high.</summary>
    public static ChartSize SizeFor(int bars, int scale = 1) => new(800, Math.Clamp(120 + 26 * bars, 200, 4000), scale);

    public static string Svg(IReadOnlyList<LeagueBar> bars, ChartSize? size = null, string title = DefaultTitle)
    {
        using var plot = Build(bars, title);
        return ChartRenderer.Svg(plot, size ?? SizeFor(bars.Count), title, "league");
    }

    public static byte[] Png(IReadOnlyList<LeagueBar> bars, ChartSize? size = null, string title = DefaultTitle)
    {
        using var plot = Build(bars, title);
        return ChartRenderer.Png(plot, size ?? SizeFor(bars.Count, scale: 2));
    }

    private static Plot Build(IReadOnlyList<LeagueBar> bars, string title)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var plot = ChartRenderer.NewPlot();
        var n = bars.Count;
        var items = bars.Select((b, i) => new Bar
        {
            Position = n - 1 - i,
            Value = (double)(b.PercentCleared ?? 0m),
            FillColor = b.IsHighlighted ? ChartRenderer.Highlight : ChartRenderer.Bar,
            LineWidth = 0,
            Size = 0.7,
            Label = b.PercentCleared is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "无台账",
        }).ToList();
        var barPlot = plot.Add.Bars(items);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 12;

        var names = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < n; i++)
            names.AddMajor(n - 1 - i, bars[i].Name);
        plot.Axes.Left.TickGenerator = names;
        plot.Axes.Bottom.TickGenerator = TrendChart.PercentTicks();
        plot.Axes.Left.MajorTickStyle.Length = 0;
        // Room right of 100 % for the value label of a full bar.
        plot.Axes.SetLimits(0, 114, -0.6, Math.Max(n, 1) - 0.4);
        plot.Grid.YAxisStyle.IsVisible = false;

        plot.Title(title);
        plot.XLabel("清零率（%）");
        ChartRenderer.UseBundledFont(plot);
        barPlot.ValueLabelStyle.FontName = PortalFonts.FamilyName;
        return plot;
    }
}
