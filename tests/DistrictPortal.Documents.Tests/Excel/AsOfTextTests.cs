using DistrictPortal.Core.Returns;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Documents.Pdf.Briefing;

namespace DistrictPortal.Documents.Tests.Excel;

/// <summary>The as-of labels as the documents print them (README, "As-of labels"): the briefing's and the workbook's are one text.</summary>
public class AsOfTextTests
{
    [Fact]
    public void Frozen_and_live_labels_read_as_the_issue_asks_and_the_briefing_uses_the_same_words()
    {
        var frozen = AsOf.Frozen(new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 4));
        var live = AsOf.Live(new DateOnly(2026, 12, 4));
        Assert.Equal("截至 2026-11-27 周报（审核通过时冻结）", AsOfText.Label(frozen));
        Assert.Equal("实时（2026-12-04）", AsOfText.Label(live));
        Assert.Equal(AsOfText.Label(frozen), BriefingFormat.Frozen(new DateOnly(2026, 11, 27)));
        Assert.Equal(AsOfText.Label(live), BriefingFormat.Live(new DateOnly(2026, 12, 4)));
        Assert.Equal("改造面积完成率（实时）", AsOfText.Column("改造面积完成率", live));
    }

    [Fact]
    public void A_tables_as_of_is_printed_on_its_scope_line()
    {
        var table = Tables.Registry() with { AsOfLabel = AsOfText.Label(AsOf.Live(new DateOnly(2026, 11, 26))) };
        var sheet = Tables.Read(TableWorkbookWriter.ToBytes(table)).Worksheet(1);
        Assert.Equal("范围：牌楼街道　　日期：2026-11-26　　数据：实时（2026-11-26）", sheet.Cell("A2").GetString());
    }
}
