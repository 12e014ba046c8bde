using System.Text.RegularExpressions;
using DistrictPortal.Core.League;
using DistrictPortal.Documents.Charts;

namespace DistrictPortal.Documents.Tests.Charts;

public class LeagueChartTests
{
    private static IReadOnlyList<LeagueBar> Bars(string first = "两路口街道") => LeagueBar.From(LeagueTable.Rank(
    [
        new(1, "牌楼街道", 176, 62.5m, 4, 92.3m),
        new(2, first, 48, 70.8m, 2, 100m),
        new(3, "上清寺街道", 35, 57.1m, 3, 84.6m),
        new(4, "石油路街道", 0, null, 0, null),
    ]), highlightSubDistrictId: 1);

    [Fact]
    public void Bars_follow_the_league_order_and_highlight_the_chosen_sub_district()
    {
        var bars = Bars();

        Assert.Equal(["两路口街道", "牌楼街道", "上清寺街道", "石油路街道"], bars.Select(b => b.Name));
        Assert.Equal([false, true, false, false], bars.Select(b => b.IsHighlighted));
    }

    [Fact]
    public void Svg_carries_every_name_and_value_label_in_the_bundled_font()
    {
        var root = ChartFiles.Svg(LeagueChart.Svg(Bars()));
        var text = ChartFiles.SvgText(root);

        ChartFiles.AllTextInBundledFont(root);
        foreach (var label in new[] { "各街道清零率排名", "两路口街道", "牌楼街道", "上清寺街道", "石油路街道", "70.8%", "62.5%", "57.1%", "无台账", "清零率（%）" })
            Assert.Contains(label, text);
    }

    [Fact]
    public void Png_is_a_valid_png_sized_by_the_number_of_bars()
    {
        var size = LeagueChart.SizeFor(4, scale: 2);

        Assert.Equal((1600, 2 * (120 + 26 * 4)), (size.PixelWidth, size.PixelHeight));
        Assert.Equal((size.PixelWidth, size.PixelHeight), ChartFiles.PngSize(LeagueChart.Png(Bars())));
    }

    [Fact]
    public void Same_data_gives_the_same_bytes_and_other_names_give_other_pixels()
    {
        Assert.Equal(LeagueChart.Svg(Bars()), LeagueChart.Svg(Bars()));
        Assert.Equal(LeagueChart.Png(Bars()), LeagueChart.Png(Bars()));
        Assert.NotEqual(LeagueChart.Png(Bars("两路口街道")), LeagueChart.Png(Bars("菜园坝街道")));
    }

    [Fact]
    public void A_name_with_markup_stays_text_in_the_svg()
    {
        var root = ChartFiles.Svg(LeagueChart.Svg(Bars("<script>alert(1)</script>")));

        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Name.LocalName == "script");
        Assert.Contains("<script>alert(1)</script>", ChartFiles.SvgText(root));
    }

    [Fact]
    public void Svg_ids_are_stable_unique_per_chart_and_every_reference_resolves()
    {
        var trend = ChartFiles.Svg(TrendChart.Svg(new TrendChartData("牌楼街道", [new(new DateOnly(2026, 11, 27), 40m)], [])));
        var league = ChartFiles.Svg(LeagueChart.Svg(Bars()));

        foreach (var root in new[] { trend, league })
        {
            var ids = root.DescendantsAndSelf().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();
            Assert.NotEmpty(ids);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            var references = Regex.Matches(root.ToString(), @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value);
            Assert.All(references, r => Assert.Contains(r, ids));
        }
        var trendIds = trend.DescendantsAndSelf().Select(e => e.Attribute("id")?.Value).OfType<string>();
        var leagueIds = league.DescendantsAndSelf().Select(e => e.Attribute("id")?.Value).OfType<string>();
        Assert.Empty(trendIds.Intersect(leagueIds));
    }
}
