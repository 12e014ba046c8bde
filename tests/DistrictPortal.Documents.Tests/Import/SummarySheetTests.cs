using DistrictPortal.Documents.Import;

namespace DistrictPortal.Documents.Tests.Import;

/// <summary>The P5 table of 牌楼街道 as an optional summary sheet beside a registry of its 176 estates.</summary>
public class SummarySheetTests
{
    /// <summary>
    /// The registry the P5 table describes: per community its class 1, 2 and 3 estates, and the estates the source
    /// leaves unexplained (only 大河沟社区's 10) marked 未分类 rather than guessed.
    /// </summary>
    private static IEnumerable<object?[]> P5Registry(Func<string, string, string>? reclassify = null)
    {
        foreach (var (name, total, one, two, three) in Pailou.P5)
        {
            var classes = Enumerable.Repeat("一类", one ?? 0)
                .Concat(Enumerable.Repeat("二类", two ?? 0))
                .Concat(Enumerable.Repeat("三类", three ?? 0))
                .Concat(Enumerable.Repeat("未分类", total - (one ?? 0) - (two ?? 0) - (three ?? 0)));
            var i = 0;
            foreach (var estateClass in classes)
            {
                var estate = $"{name[..2]}{++i}号小区";
                yield return Pailou.Row(name, estate, estateClass: reclassify?.Invoke(estate, estateClass) ?? estateClass);
            }
        }
    }

    [Fact]
    public void The_P5_table_flags_大河沟社区_only_at_its_合计_cell()
    {
        var workbook = Pailou.Registry(P5Registry());
        Pailou.AddSummary(workbook, Pailou.P5);
        var preview = Pailou.Import(workbook);

        Assert.Equal("分类汇总", preview.SummarySheet);
        var issue = Assert.Single(preview.Issues);
        Assert.Equal(ImportCodes.SummaryClassesDisagree, issue.Code);
        Assert.Equal("分类汇总!B8", issue.Location); // header in row 2; 大河沟社区 is the sixth community
        Assert.Equal(ImportSeverity.Error, issue.Severity);
        Assert.Equal(
            "大河沟社区：合计填 20，但 一类 3 + 二类 3 + 三类 4 = 10，相差 10。请核对 B8 与 C8:E8（分类不明的小区在台账中标为“未分类”，不要改动合计凑数）。",
            issue.Message);
        Assert.Equal(176, preview.ToAdd.Count); // the registry itself is sound; the summary's own arithmetic is not
    }

    [Fact]
    public void The_P5_table_with_大河沟社区_corrected_passes()
    {
        var corrected = Pailou.P5.Select(c => c.Name == "大河沟社区" ? c with { Total = 10 } : c).ToArray();
        var registry = P5Registry().Where(r => (string)r[9]! != "未分类");
        var workbook = Pailou.Registry(registry);
        Pailou.AddSummary(workbook, corrected);
        var preview = Pailou.Import(workbook);
        Assert.True(preview.Issues.Count == 0, Pailou.Describe(preview));
        Assert.Equal(166, preview.ToAdd.Count);
    }

    [Fact]
    public void Stated_counts_are_checked_against_the_estates_in_the_registry()
    {
        // One of 牌楼社区's two class-1 estates is entered as class 2 in the registry.
        var workbook = Pailou.Registry(P5Registry((estate, c) => estate == "牌楼1号小区" ? "二类" : c));
        var corrected = Pailou.P5.Select(c => c.Name == "大河沟社区" ? c with { Total = 10 } : c).ToArray();
        Pailou.AddSummary(workbook, corrected);
        var preview = Pailou.Import(workbook);

        var issues = preview.Issues.Select(i => (i.Code, i.Location)).ToList();
        Assert.Equal(
        [
            (ImportCodes.SummaryCountMismatch, "分类汇总!B8"),  // 大河沟社区: 10 stated, 20 estates listed
            (ImportCodes.SummaryCountMismatch, "分类汇总!C11"), // 牌楼社区 一类: 2 stated, 1 listed
            (ImportCodes.SummaryCountMismatch, "分类汇总!D11"), // 牌楼社区 二类: 4 stated, 5 listed
        ], issues);
        Assert.Contains("台账”中该社区的一类小区有 1 个", preview.Issues[1].Message);
    }

    [Fact]
    public void A_合计_row_on_the_summary_is_checked_column_by_column()
    {
        var workbook = Pailou.Registry(P5Registry());
        var sheet = Pailou.AddSummary(workbook, Pailou.P5.Select(c => c.Name == "大河沟社区" ? c with { Total = 10 } : c));
        sheet.Cell("A12").SetValue("合计");
        sheet.Cell("B12").SetValue(176); // the source's 176 includes 大河沟社区's 20; the rows above now add to 166
        sheet.Cell("C12").SetValue(21);
        var preview = Pailou.Import(workbook);
        Assert.Contains(preview.Issues, i => i.Code == ImportCodes.TotalRowMismatch && i.Location == "分类汇总!B12" && i.Message.Contains("166"));
        Assert.DoesNotContain(preview.Issues, i => i.Location == "分类汇总!C12"); // 1+4+2+0+5+3+0+4+2 = 21
    }

    [Fact]
    public void Unknown_communities_and_communities_left_out_are_reported()
    {
        var workbook = Pailou.Registry([Pailou.Row("太平社区", "太平里"), Pailou.Row("牌楼社区", "牌楼小区")]);
        Pailou.AddSummary(workbook, [("太平社区", 1, null, 1, null), ("月亮湾社区", 3, 1, 1, 1)]);
        var preview = Pailou.Import(workbook);
        Assert.Contains(preview.Issues, i => i.Code == ImportCodes.UnknownCommunity && i.Location == "分类汇总!A4");
        Assert.Contains(preview.Issues, i => i.Code == ImportCodes.SummaryCommunityMissing && i.Message.Contains("牌楼社区") && !i.IsError);
    }

    [Fact]
    public void Full_width_counts_on_the_summary_are_read_with_a_warning()
    {
        var workbook = Pailou.Registry([Pailou.Row("太平社区", "太平里")]);
        var sheet = Pailou.AddSummary(workbook, [("太平社区", 1, null, 1, null)]);
        sheet.Cell("B3").SetValue("１");
        var preview = Pailou.Import(workbook);
        var issue = Assert.Single(preview.Issues);
        Assert.Equal((ImportCodes.FullWidthDigits, "分类汇总!B3", ImportSeverity.Warning), (issue.Code, issue.Location, issue.Severity));
        Assert.True(preview.CanCommit);
    }

    [Fact]
    public void Headers_written_as_一类小区_and_小区总数_are_recognised()
    {
        var workbook = Pailou.Registry([Pailou.Row("太平社区", "太平里")]);
        var sheet = Pailou.AddSummary(workbook, [("太平社区", 2, null, 1, null)]);
        sheet.Cell("A2").SetValue("社区名称");
        sheet.Cell("B2").SetValue("小区总数（个）");
        sheet.Cell("D2").SetValue("二类小区");
        var preview = Pailou.Import(workbook);
        Assert.Equal("分类汇总", preview.SummarySheet);
        Assert.Contains(preview.Issues, i => i.Code == ImportCodes.SummaryClassesDisagree && i.Location == "分类汇总!B3");
    }
}
