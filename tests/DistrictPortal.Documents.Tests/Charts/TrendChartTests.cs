using DistrictPortal.Documents.Charts;

namespace DistrictPortal.Documents.Tests.Charts;

public partial class TrendChartTests
{
    private static readonly DateOnly Friday = new(2026, 11, 27);

    private static TrendChartData Data(string name = "牌楼街道") => new(
        name,
        Enumerable.Range(0, 8).Select(i => new TrendPoint(Friday.AddDays(-7 * (7 - i)), 20m + i * 5.5m)).ToList(),
        Enumerable.Range(0, 8).Select(i => new TrendPoint(Friday.AddDays(-7 * (7 - i)), i == 2 ? null : 30m + i * 3m)).ToList(),
        new DateOnly(2026, 12, 31));

    [Fact]
    public void Svg_names_the_sub_district_the_district_the_axes_and_the_target_in_Chinese()
    {
        var root = ChartFiles.Svg(TrendChart.Svg(Data()));

        var text = ChartFiles.SvgText(root);
        foreach (var label in new[] { "牌楼街道清零率走势", "牌楼街道", "全区", "清零率（%）", "统计周（截至周五）", "目标 2026-12-31", "11-27" })
            Assert.Contains(label, text);
        Assert.Equal("0 0 800 400", root.Attribute("viewBox")?.Value);
        Assert.Equal("牌楼街道清零率走势", root.Elements().First(e => e.Name.LocalName == "title").Value);
        ChartFiles.AllTextInBundledFont(root);
    }

    [Fact]
    public void Png_is_a_valid_png_of_the_requested_pixels()
    {
        Assert.Equal((1600, 800), ChartFiles.PngSize(TrendChart.Png(Data())));
        Assert.Equal((640, 320), ChartFiles.PngSize(TrendChart.Png(Data(), new ChartSize(640, 320))));
        Assert.Equal((1200, 900), ChartFiles.PngSize(TrendChart.Png(Data(), new ChartSize(400, 300, 3))));
    }

    [Fact]
    public void Same_data_gives_the_same_bytes_every_time()
    {
        Assert.Equal(TrendChart.Svg(Data()), TrendChart.Svg(Data()));
        Assert.Equal(TrendChart.Png(Data()), TrendChart.Png(Data()));
    }

    [Fact]
    public void Chinese_is_drawn_as_glyphs_not_boxes()
    {
        // Missing glyphs all render as the same box, so two different Chinese names would give identical images.
        Assert.NotEqual(TrendChart.Png(Data("牌楼街道")), TrendChart.Png(Data("万安街道")));
    }

    [Fact]
    public void A_chart_with_no_points_still_renders()
    {
        var empty = new TrendChartData("牌楼街道", [], []);

        Assert.Equal((1600, 800), ChartFiles.PngSize(TrendChart.Png(empty)));
        Assert.Contains("牌楼街道清零率走势", ChartFiles.SvgText(ChartFiles.Svg(TrendChart.Svg(empty))));
    }

    [Fact]
    public void Sizes_outside_the_sane_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendChart.Png(Data(), new ChartSize(10, 10)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendChart.Svg(Data(), new ChartSize(800, 400, 9)));
    }

    [Fact]
    public void The_axis_spans_the_data_weeks_with_a_far_target_as_a_note_and_at_most_eight_labels()
    {
        // 26 weeks of data and a target seven months later: the weeks must fill the width, not its left half.
        var weeks = Enumerable.Range(0, 26).Select(i => Friday.AddDays(-7 * (25 - i))).ToList();
        var data = new TrendChartData("牌楼街道", weeks.Select((w, i) => new TrendPoint(w, i * 2m)).ToList(),
            weeks.Select((w, i) => new TrendPoint(w, i * 1.5m)).ToList(), new DateOnly(2027, 6, 30));
        var root = ChartFiles.Svg(TrendChart.Svg(data));

        Assert.Contains("目标 2027-06-30 →", ChartFiles.SvgText(root));
        var labels = root.Descendants().Where(e => e.Name.LocalName == "text" && WeekLabel().IsMatch(e.Value.Trim()))
            // Each label is drawn at "translate(x y)".
            .Select(e => double.Parse(e.Attribute("transform")!.Value.Split('(', ' ')[1], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.InRange(labels.Count, 4, TrendChart.MaxWeekLabels);
        Assert.True(labels.Max() - labels.Min() > 0.6 * 800, $"week labels span {labels.Min():0}–{labels.Max():0} px of 800");
        Assert.Contains("11-27", ChartFiles.SvgText(root)); // the latest week is always labelled
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d\d-\d\d$")]
    private static partial System.Text.RegularExpressions.Regex WeekLabel();
}
