using DistrictPortal.Core.Estates;
using DistrictPortal.Documents.Excel;

namespace DistrictPortal.Documents.Tests.Excel;

public class EstateRegistryTableTests
{
    [Fact]
    public void Registry_export_uses_Chinese_labels_and_sums_counts_and_areas()
    {
        var estates = BulkExcelWriterTests.Estates(3).ToList();
        var table = EstateRegistryTable.Build("牌楼街道", Tables.AsOf, estates);
        using var workbook = Tables.Read(TableWorkbookWriter.ToBytes(table));
        var sheet = workbook.Worksheet("小区台账");
        Assert.Equal("牌楼街道 小区台账", sheet.Cell("A1").GetString());
        Assert.Equal("太平社区", sheet.Cell("B4").GetString());
        Assert.Equal("是", sheet.Cell("F4").GetString());
        Assert.Equal("否", sheet.Cell("F6").GetString());
        Assert.Equal("一类", sheet.Cell("K4").GetString());
        Assert.Equal("无物业", sheet.Cell("L4").GetString());
        Assert.Equal("合计", sheet.Cell("A7").GetString());
        Assert.Equal((double)estates.Sum(e => e.FloorArea), sheet.Cell("I7").GetDouble(), 6);
        Assert.True(sheet.Cell("E7").IsEmpty()); // 建成年份 is not summed
    }

    [Fact]
    public void Summary_has_the_P5_shape_with_blanks_for_zero()
    {
        var table = EstateRegistryTable.Summary("牌楼街道", Tables.AsOf,
        [
            new CommunityClassSubtotal { CommunityName = "石峰村", Total = 1, ClassThree = 1 },
            new CommunityClassSubtotal { CommunityName = "大河沟社区", Total = 20, ClassOne = 3, ClassTwo = 3, ClassThree = 4, Unclassified = 10 },
        ]);
        using var workbook = Tables.Read(TableWorkbookWriter.ToBytes(table));
        var sheet = workbook.Worksheet("分类汇总");
        Assert.Equal(["序号", "社区", "合计", "一类", "二类", "三类", "未分类"], Enumerable.Range(1, 7).Select(c => sheet.Cell(3, c).GetString()));
        Assert.True(sheet.Cell("D4").IsEmpty());
        Assert.Equal(21d, sheet.Cell("C6").GetDouble());
        Assert.Equal(10d, sheet.Cell("G6").GetDouble());
    }
}
