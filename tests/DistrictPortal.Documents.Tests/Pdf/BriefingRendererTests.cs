using System.Diagnostics;
using DistrictPortal.Documents.Pdf.Briefing;
using Xunit.Abstractions;

namespace DistrictPortal.Documents.Tests.Pdf;

public class BriefingRendererTests(ITestOutputHelper output)
{
    [Fact]
    public void Page_one_carries_title_issuing_unit_week_snapshot_figures_and_footer()
    {
        var pdf = BriefingRenderer.Render(SampleBriefings.Build());

        var pages = PdfText.Pages(pdf);
        var first = pages[0];
        Assert.Contains("牌楼街道无物业管理小区清零行动工作简报", first);
        Assert.Contains("区无物业管理小区清零行动领导小组办公室", first);
        Assert.Contains("2026年11月21日（周六）至2026年11月27日（周五）", first);
        Assert.Contains("2026年第 48 期", first);
        Assert.DoesNotContain("数据快照：", first); // the snapshot id is in the footer only
        Assert.Contains("S-2026-11-27-0042", first);
        foreach (var figure in new[] { "176", "110", "66", "62.5%", "12,345", "92.3%", "37" })
            Assert.Contains(figure, first);
        Assert.Contains($"第 1 页 / 共 {pages.Count} 页", first);
        Assert.Contains("生成时间 2026-11-27 18:05（北京时间）", first);
    }

    [Fact]
    public void League_position_and_movement_are_stated()
    {
        var data = SampleBriefings.Build();

        var text = PdfText.All(BriefingRenderer.Render(data));

        // 牌楼街道 62.5% ranks 2nd of the 5 ranked sub-districts (石油路街道 has no list); last week 5th: up 3.
        Assert.Equal(new LeaguePosition(2, 5, 3), data.League);
        Assert.Contains("排名 2/5", text);
        Assert.Contains("▲3", text);
        Assert.Contains("在全区5个参与排名的街道中列第2位，较上周上升3位", text.Replace("\n", ""));
    }

    [Fact]
    public void Sections_are_numbered_in_order_and_every_table_appears()
    {
        var text = PdfText.All(BriefingRenderer.Render(SampleBriefings.Build()));

        string[] headings = ["一、总体情况", "二、本周进展", "三、存在问题", "四、下周计划", "五、清零率走势", "六、街道排名", "七、逾期事项", "八、业委会组建", "九、改造进度", "十、资金收支"];
        var positions = headings.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        foreach (var title in new[] { "逾期事项清单", "业委会组建提醒", "改造面积目标进度", "资金收支对账（万元）", "改造面积目标进度（万㎡）" })
            Assert.Contains(title, text);
        Assert.Contains("市级承担总额的一半", text.Replace("\n", ""));
    }

    [Fact]
    public void A_district_briefing_without_league_or_tables_leaves_those_sections_out()
    {
        var data = SampleBriefings.Build() with
        {
            NodeName = "渝中区", Level = Core.Hierarchy.NodeLevel.District, League = null, Narrative = [],
            OverdueItems = null, Committees = null, RetrofitProgress = null, FundingBalance = null,
        };

        var text = PdfText.All(BriefingRenderer.Render(data));

        Assert.Contains("渝中区无物业管理小区清零行动工作简报", text);
        Assert.Contains("二、清零率走势", text);
        Assert.DoesNotContain("参与排名的街道中", text);
        Assert.DoesNotContain("逾期事项", text);
    }

    [Fact]
    public void A_twenty_page_briefing_is_at_most_500_KB()
    {
        var data = SampleBriefings.TwentyPages();
        var watch = Stopwatch.StartNew();
        var pdf = BriefingRenderer.Render(data);
        var first = watch.ElapsedMilliseconds;
        var warm = Enumerable.Range(0, 3).Select(_ =>
        {
            watch.Restart();
            BriefingRenderer.Render(data);
            return watch.ElapsedMilliseconds;
        }).Order().ToList();

        var pages = PdfText.PageCount(pdf);
        // Measured, not asserted: render time depends on the machine and on what else runs.
        output.WriteLine($"20-page briefing: {pages} pages, {pdf.Length:#,##0} bytes; render {first} ms first in this test, then {string.Join(" / ", warm)} ms");
        Assert.InRange(pages, 20, 22);
        Assert.True(pdf.Length <= 500 * 1024, $"{pdf.Length:#,##0} bytes for {pages} pages");
        var text = PdfText.Pages(pdf);
        Assert.Contains($"第 {pages} 页 / 共 {pages} 页", text[^1]);

        var path = Environment.GetEnvironmentVariable("DISTRICTPORTAL_SAMPLE_BRIEFING");
        if (!string.IsNullOrEmpty(path))
            File.WriteAllBytes(path, pdf);
    }

    [Fact]
    public void Briefings_rendered_in_parallel_read_the_same_as_one_rendered_alone()
    {
        var data = SampleBriefings.Build();
        var alone = PdfText.All(BriefingRenderer.Render(data));

        var parallel = new byte[6][];
        Parallel.For(0, parallel.Length, i => parallel[i] = BriefingRenderer.Render(data));

        Assert.All(parallel, pdf => Assert.Equal(alone, PdfText.All(pdf)));
    }

    [Fact]
    public void Names_with_markup_and_SQL_print_literally_in_a_briefing()
    {
        var data = SampleBriefings.Build() with
        {
            NodeName = "<script>alert(1)</script>街道",
            SnapshotId = "'; DROP TABLE ReturnSnapshot; --",
        };

        var text = PdfText.All(BriefingRenderer.Render(data));

        Assert.Contains("<script>alert(1)</script>街道", text);
        Assert.Contains("'; DROP TABLE ReturnSnapshot; --", text);
    }

    [Theory]
    [InlineData("2026-11-27", "2025-10-10", 48)] // a campaign from last year: counted from the year's first Friday (2 January)
    [InlineData("2026-11-27", "2026-10-02", 9)]  // a campaign this year: counted from its first week
    [InlineData("2027-01-01", "2025-10-10", 1)]  // the week that ends on 1 January is the new year's first
    public void The_issue_number_counts_the_weeks_of_the_year_per_series(string week, string first, int expected)
    {
        Assert.Equal(expected, BriefingData.IssueOf(DateOnly.Parse(week), DateOnly.Parse(first)));
    }

    [Fact]
    public void The_briefing_ends_with_its_distribution_and_prints_amounts_in_wan_yuan()
    {
        var text = PdfText.All(BriefingRenderer.Render(SampleBriefings.Build())).Replace("\n", "");
        Assert.Contains("报送：区无物业管理小区清零行动领导小组组长、副组长，各成员单位。", text);
        Assert.Contains("抄送：各街道办事处。", text);
        Assert.True(text.IndexOf("报送：", StringComparison.Ordinal) > text.IndexOf("资金收支对账", StringComparison.Ordinal));
        Assert.Contains("10.00", text); // 100,000.01 元 owed in the first funding row → 10.00 万元
        Assert.DoesNotContain("100,000.01", text);
    }
}
