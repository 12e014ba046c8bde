using System.Globalization;
using DistrictPortal.Documents.Fonts;
using ScottPlot;

namespace DistrictPortal.Documents.Charts;

/// <summary>One week's % cleared (清零率) as published; null when there was no list that week.</summary>
public sealed record TrendPoint(DateOnly WeekEnding, decimal? PercentCleared);

/// <param name="NodeName">The sub-district (or node) whose line is drawn in the accent colour.</param>
/// <param name="District">The district's line for comparison, drawn grey with open markers; may be empty.</param>
/// <param name="TargetDate">The campaign's clear-by date (全面清零), drawn as a red vertical marker.</param>
/// <param name="Heading">Whose trend the chart is titled by, when not the highlighted node's: the district's, by default
/// (issue 17), with the reader's own sub-district the highlighted line.</param>
public sealed record TrendChartData(
    string NodeName,
    IReadOnlyList<TrendPoint> Node,
    IReadOnlyList<TrendPoint> District,
    DateOnly? TargetDate = null,
    string DistrictName = "全区",
    string? Heading = null)
{
    public string Title => $"{Heading ?? NodeName}清零率走势";
}

/// <summary>
/// 清零率走势: % cleared per reporting week for one node against the district, 0–100 %, the x axis spanning the weeks
/// with data, labelled by their Friday (MM-dd, at most eight labels), the legend below the plot, and the target date as a
/// vertical line when it falls inside the weeks shown, else as a note in the corner. Weeks with no figure are left out of the line.
/// </summary>
public static class TrendChart
{
    public static string Svg(TrendChartData data, ChartSize? size = null)
    {
        using var plot = Build(data);
        return ChartRenderer.Svg(plot, size ?? ChartSize.Page, data.Title, "trend");
    }

    public static byte[] Png(TrendChartData data, ChartSize? size = null)
    {
        using var plot = Build(data);
        return ChartRenderer.Png(plot, size ?? ChartSize.Print);
    }

    private static Plot Build(TrendChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var plot = ChartRenderer.NewPlot();

        if (data.District.Any(p => p.PercentCleared is not null))
        {
            var district = Line(plot, data.District);
            // Solid lines only: Skia's SVG backend cannot draw dashes (it warns and draws them solid anyway).
            district.Color = ChartRenderer.Secondary;
            district.LineWidth = 1.5f;
            district.MarkerShape = MarkerShape.OpenCircle;
            district.MarkerSize = 6;
            district.LegendText = data.DistrictName;
        }
        if (data.Node.Any(p => p.PercentCleared is not null))
        {
            var node = Line(plot, data.Node);
            node.Color = ChartRenderer.Accent;
            node.LineWidth = 2.5f;
            node.MarkerSize = 6;
            node.LegendText = data.NodeName;
        }

        var weeks = data.Node.Concat(data.District).Select(p => p.WeekEnding).Distinct().Order().ToList();
        var first = weeks.Count > 0 ? weeks[0].DayNumber : DateOnly.FromDateTime(new DateTime(2026, 1, 2)).DayNumber;
        var last = weeks.Count > 0 ? weeks[^1].DayNumber : first + 7;
        // The axis spans the weeks with data: running it to a target months away squeezed 13 weeks into its left fifth.
        // A target inside that span is a line; one beyond it is a note in the corner.
        if (data.TargetDate is { } target)
        {
            var label = TargetLabel(target);
            if (target.DayNumber <= last)
            {
                var marker = plot.Add.VerticalLine(target.DayNumber);
                marker.Color = ChartRenderer.Target;
                marker.LineWidth = 1.5f;
                marker.LabelText = label;
                marker.LabelFontColor = Colors.White;
                marker.LabelBackgroundColor = ChartRenderer.Target;
                marker.LabelOppositeAxis = true;
                marker.LabelFontName = PortalFonts.FamilyName;
            }
            else
            {
                var note = plot.Add.Annotation(label + " →", Alignment.LowerRight);
                note.LabelFontColor = ChartRenderer.Target;
                note.LabelBackgroundColor = Colors.White;
                note.LabelBorderColor = ChartRenderer.Target;
                note.LabelFontName = PortalFonts.FamilyName;
            }
        }

        plot.Axes.SetLimits(first - 3.5, Math.Max(last, first + 7) + 3.5, 0, 105);
        plot.Axes.Bottom.TickGenerator = WeekTicks(weeks);
        plot.Axes.Left.TickGenerator = PercentTicks();

        plot.Title(data.Title);
        plot.YLabel("清零率（%）");
        plot.XLabel("统计周（截至周五）");
        // Outside the data area, so no line is ever hidden behind it (an empty panel would fail to render: none without lines).
        if (data.Node.Concat(data.District).Any(p => p.PercentCleared is not null))
            plot.ShowLegend(Edge.Bottom);
        ChartRenderer.UseBundledFont(plot);
        return plot;
    }

    /// <summary>"目标 2026-12-31": the clear-by date as the chart prints it, on the line or in the corner note.</summary>
    public static string TargetLabel(DateOnly target) => "目标 " + target.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>At most this many week labels: "11-27" is about 35 px wide at the chart's size, so labels stay apart.</summary>
    public const int MaxWeekLabels = 8;

    private static ScottPlot.Plottables.Scatter Line(Plot plot, IReadOnlyList<TrendPoint> points)
    {
        var shown = points.Where(p => p.PercentCleared is not null).OrderBy(p => p.WeekEnding).ToList();
        return plot.Add.Scatter(
            shown.Select(p => (double)p.WeekEnding.DayNumber).ToArray(),
            shown.Select(p => (double)p.PercentCleared!.Value).ToArray());
    }

    /// <summary>One tick per week; labels thinned to <see cref="MaxWeekLabels"/>, counted back from the latest week so it is always labelled.</summary>
    internal static ScottPlot.TickGenerators.NumericManual WeekTicks(IReadOnlyList<DateOnly> weeks)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var step = Math.Max(1, (int)Math.Ceiling(weeks.Count / (double)MaxWeekLabels));
        for (var i = 0; i < weeks.Count; i++)
        {
            if ((weeks.Count - 1 - i) % step == 0)
                ticks.AddMajor(weeks[i].DayNumber, weeks[i].ToString("MM-dd", CultureInfo.InvariantCulture));
            else
                ticks.AddMinor(weeks[i].DayNumber);
        }
        return ticks;
    }

    internal static ScottPlot.TickGenerators.NumericManual PercentTicks()
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var p = 0; p <= 100; p += 20)
            ticks.AddMajor(p, p.ToString(CultureInfo.InvariantCulture));
        return ticks;
    }
}
