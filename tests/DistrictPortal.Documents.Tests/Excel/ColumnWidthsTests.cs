using DistrictPortal.Documents.Excel;

namespace DistrictPortal.Documents.Tests.Excel;

public class ColumnWidthsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("牌楼", 4)]
    [InlineData("建筑总面积（m²）", 16)] // five CJK, two full-width brackets, "m²"
    [InlineData("１７", 4)]
    [InlineData("𠀀", 2)]
    public void CJK_and_full_width_count_double(string text, double expected) =>
        Assert.Equal(expected, ColumnWidths.DisplayWidth(text));

    [Fact]
    public void Fit_adds_padding_and_clamps()
    {
        Assert.Equal(ColumnWidths.Min, ColumnWidths.Fit(1));
        Assert.Equal(12, ColumnWidths.Fit(10));
        Assert.Equal(ColumnWidths.Max, ColumnWidths.Fit(500));
    }
}
