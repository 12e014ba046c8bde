using ClosedXML.Excel;
using DistrictPortal.Documents.Excel;

namespace DistrictPortal.Documents.Tests.Excel;

public class TableWorkbookWriterTests
{
    private static IXLWorksheet Written(TableExport? table = null)
    {
        var workbook = Tables.Read(TableWorkbookWriter.ToBytes(table ?? Tables.Registry()));
        return workbook.Worksheet(1);
    }

    [Fact]
    public void Title_is_merged_across_the_table_and_scope_line_follows()
    {
        var sheet = Written();
        Assert.Equal("小区台账", sheet.Name);
        Assert.Equal("牌楼街道 小区台账", sheet.Cell("A1").GetString());
        Assert.Contains(sheet.MergedRanges, r => r.RangeAddress.ToString() == "A1:J1");
        Assert.Contains(sheet.MergedRanges, r => r.RangeAddress.ToString() == "A2:J2");
        Assert.Equal("范围：牌楼街道　　日期：2026-11-26", sheet.Cell("A2").GetString());
        Assert.True(sheet.Cell("A1").Style.Font.Bold);
    }

    [Fact]
    public void Header_starts_with_序号_and_rows_are_numbered()
    {
        var sheet = Written();
        string[] expected = ["序号", "社区", "小区名称", "建成年份", "户数", "建筑总面积（m²）", "金额（元）", "占比", "清零率（%）", "销号日期"];
        Assert.Equal(expected, Enumerable.Range(1, 10).Select(c => sheet.Cell(3, c).GetString()));
        Assert.Equal([1d, 2d, 3d], new[] { 4, 5, 6 }.Select(r => sheet.Cell(r, 1).GetDouble()));
        Assert.Equal(XLDataType.Number, sheet.Cell("A4").DataType);
    }

    [Fact]
    public void Numbers_are_stored_as_numbers_with_their_formats()
    {
        var sheet = Written();
        (string Cell, double Value, string Format)[] expected =
        [
            ("D4", 1992, "0"),
            ("E4", 1200, "#,##0"),
            ("F4", 45678.5, "#,##0.00"),
            ("G4", 1234567.891, "#,##0.00"),
            ("H4", 0.667, "0.0%"),
            ("I4", 66.7, "0.0"),
        ];
        foreach (var (cell, value, format) in expected)
        {
            Assert.Equal(XLDataType.Number, sheet.Cell(cell).DataType);
            Assert.Equal(value, sheet.Cell(cell).GetDouble(), 6);
            Assert.Equal(format, sheet.Cell(cell).Style.NumberFormat.Format);
        }
        Assert.Equal(XLDataType.DateTime, sheet.Cell("J4").DataType);
        Assert.Equal(new DateTime(2026, 11, 20), sheet.Cell("J4").GetDateTime());
        Assert.Equal("yyyy-mm-dd", sheet.Cell("J4").Style.NumberFormat.Format);
        // A DateTime in a date column keeps only the date.
        Assert.Equal(new DateTime(2026, 1, 2), sheet.Cell("J6").GetDateTime());
        Assert.True(sheet.Cell("D6").IsEmpty());
        Assert.True(sheet.Cell("J5").IsEmpty());
    }

    [Fact]
    public void Sums_row_holds_values_where_columns_sum_and_given_totals_elsewhere()
    {
        var sheet = Written();
        Assert.Equal("合计", sheet.Cell("A7").GetString());
        Assert.Equal(1286d, sheet.Cell("E7").GetDouble());
        Assert.Equal(51878.75d, sheet.Cell("F7").GetDouble(), 6);
        Assert.Equal(1234667.901d, sheet.Cell("G7").GetDouble(), 6);
        Assert.Equal("#,##0.00", sheet.Cell("G7").Style.NumberFormat.Format);
        Assert.False(sheet.Cell("F7").HasFormula); // values: readers that do not evaluate formulas see the sum too
        Assert.True(sheet.Cell("D7").IsEmpty());   // a sum of years means nothing
        Assert.True(sheet.Cell("H7").IsEmpty());
        Assert.Equal(50d, sheet.Cell("I7").GetDouble());
        Assert.True(sheet.Cell("A7").Style.Font.Bold);
        Assert.Equal(7, sheet.LastRowUsed()!.RowNumber());
    }

    [Fact]
    public void No_sums_row_when_no_column_sums()
    {
        var table = new TableExport("牌楼街道", "名单", Tables.AsOf, [TableColumn.Text("小区名称")], [["太平里"]]);
        var sheet = Written(table);
        Assert.Equal(4, sheet.LastRowUsed()!.RowNumber());
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString() == "合计");
    }

    [Fact]
    public void Panes_are_frozen_below_the_header()
    {
        var sheet = Written();
        Assert.Equal(3, sheet.SheetView.SplitRow);
        Assert.Equal(0, sheet.SheetView.SplitColumn);
    }

    [Fact]
    public void Widths_are_measured_from_the_text_and_clamped()
    {
        var sheet = Written();
        // 社区: "大河沟社区" is 5 CJK characters = 10 units, plus padding.
        Assert.Equal(12, sheet.Column(2).Width);
        // The long estate name is clamped to the maximum and wraps instead of spilling over.
        Assert.Equal(ColumnWidths.Max, sheet.Column(3).Width);
        Assert.True(sheet.Cell("C5").Style.Alignment.WrapText);
        // 金额: "1,234,567.89" is 12 units, plus padding.
        Assert.Equal(14, sheet.Column(7).Width);
        // Every column was given a width (none left at the default).
        Assert.All(Enumerable.Range(1, 10), c => Assert.InRange(sheet.Column(c).Width, ColumnWidths.Min, ColumnWidths.Max));
    }

    [Fact]
    public void Prints_on_A4_landscape_repeating_the_header_one_page_wide()
    {
        var page = Written().PageSetup;
        Assert.Equal(XLPaperSize.A4Paper, page.PaperSize);
        Assert.Equal(XLPageOrientation.Landscape, page.PageOrientation);
        Assert.Equal(3, page.FirstRowToRepeatAtTop);
        Assert.Equal(3, page.LastRowToRepeatAtTop);
        Assert.Equal(1, page.PagesWide);
        Assert.Equal(0, page.PagesTall);
    }

    [Fact]
    public void Unnumbered_tables_start_with_their_first_column_and_put_合计_there()
    {
        var table = new TableExport("牌楼街道", "户数", Tables.AsOf, [TableColumn.Text("社区"), TableColumn.Integer("户数", sums: true)],
            [["太平社区", 10], ["牌楼社区", 5]]) { Numbered = false };
        var sheet = Written(table);
        Assert.Equal("社区", sheet.Cell("A3").GetString());
        Assert.Equal("合计", sheet.Cell("A6").GetString());
        Assert.Equal(15d, sheet.Cell("B6").GetDouble());
    }

    [Fact]
    public void Notes_go_under_the_table()
    {
        var table = Tables.Registry() with { Notes = ["注：大河沟社区合计 20 个，分类仅 10 个，按原表照录。"] };
        var sheet = Written(table);
        Assert.Equal("注：大河沟社区合计 20 个，分类仅 10 个，按原表照录。", sheet.Cell("A8").GetString());
        Assert.Contains(sheet.MergedRanges, r => r.RangeAddress.ToString() == "A8:J8");
    }

    [Fact]
    public void Several_tables_share_a_workbook_with_distinct_sheet_names()
    {
        using var workbook = TableWorkbookWriter.NewWorkbook();
        TableWorkbookWriter.AddSheet(workbook, Tables.Registry());
        TableWorkbookWriter.AddSheet(workbook, Tables.Registry());
        Assert.Equal(["小区台账", "小区台账(2)"], workbook.Worksheets.Select(s => s.Name));
    }

    [Fact]
    public void Columns_refuse_what_cannot_be_right()
    {
        Assert.Throws<ArgumentException>(() => new TableColumn("社区", ColumnKind.Text, sums: true));
        Assert.Throws<ArgumentException>(() => new TableColumn("建成年份", ColumnKind.Year, sums: true));
        Assert.Throws<ArgumentException>(() => new TableColumn("清零率", ColumnKind.PercentPoints));
        Assert.Throws<ArgumentException>(() => new TableExport("牌楼街道", "台账", Tables.AsOf, [TableColumn.Text("社区")], [["a", "b"]]));
    }
}
