using DistrictPortal.Documents.Excel;

namespace DistrictPortal.Documents.Tests.Excel;

public class NamingTests
{
    [Fact]
    public void File_name_is_scope_subject_and_date()
    {
        Assert.Equal("牌楼街道_小区台账_2026-11-26.xlsx", ExportFileName.For("牌楼街道", "小区台账", new DateOnly(2026, 11, 26)));
        Assert.Equal("牌楼街道_小区台账_2026-11-26.xlsx", Tables.Registry().FileName);
    }

    [Theory]
    [InlineData("牌楼街道/太平社区", "牌楼街道太平社区")]
    [InlineData("a<b>c:d\"e|f?g*h\\i", "abcdefghi")]
    [InlineData("  周报 汇总. ", "周报汇总")]
    [InlineData("???", "导出")]
    public void File_name_parts_lose_characters_Windows_refuses(string part, string expected) =>
        Assert.Equal(expected, ExportFileName.Clean(part));

    [Theory]
    [InlineData("小区台账", "小区台账")]
    [InlineData("台账[2026]:第*1?周/汇总\\表", "台账2026第1周汇总表")]
    [InlineData("'引号'", "引号")]
    [InlineData("", "数据")]
    [InlineData("history", "history_")]
    public void Sheet_names_follow_Excel_rules(string name, string expected) =>
        Assert.Equal(expected, SheetNames.Sanitise(name));

    [Fact]
    public void Sheet_names_are_cut_to_31_characters_without_splitting_a_character()
    {
        var longName = string.Concat(Enumerable.Repeat("牌楼街道小区台账", 5));
        Assert.Equal(31, SheetNames.Sanitise(longName).Length);

        var withRareCharacter = new string('台', 30) + "𠀀"; // U+20000 is two UTF-16 units, 30 + 2 > 31
        var cut = SheetNames.Sanitise(withRareCharacter);
        Assert.Equal(new string('台', 30), cut);
    }

    [Fact]
    public void A_table_sanitises_its_sheet_name()
    {
        var table = Tables.Registry() with { SheetNameOverride = "2026/11 周报:汇总" };
        Assert.Equal("202611 周报汇总", table.SheetName);
    }
}
