using ClosedXML.Excel;
using DistrictPortal.Documents.Excel;

namespace DistrictPortal.Documents.Tests.Excel;

/// <summary>
/// The streamed writer gives the workbook the ClosedXML writer gives (every cell's value, type, number format, bold and
/// fill; the merges, frozen header, print titles and the 合计 row), except the column widths, which it cannot measure.
/// </summary>
public class StreamedWorkbookWriterTests
{
    private static byte[] Streamed(params StreamedSheet[] sheets)
    {
        using var stream = new MemoryStream();
        StreamedWorkbookWriter.Write(stream, sheets);
        return stream.ToArray();
    }

    private static TableExport Hostile() => Tables.Registry() with
    {
        Notes = ["注：照录原表。", "=1+2"],
        TotalLabel = "全区",
    };

    private static TableExport WithRow(TableExport table, IReadOnlyList<object?> extra) =>
        new(table.Scope, table.Subject, table.AsOf, table.Columns, [.. table.Rows, extra]) { Notes = table.Notes, TotalLabel = table.TotalLabel, AsOfLabel = "实时（2026-11-26）" };

    [Fact]
    public void Every_cell_matches_the_ClosedXML_workbook_of_the_same_table()
    {
        var table = WithRow(Hostile(), ["  前后空格  ", "=HYPERLINK(\"x\")", 2001, 5, 1m, 2m, 0.5m, 1.5m, new DateOnly(2026, 1, 1)]);
        using var expected = Tables.Read(TableWorkbookWriter.ToBytes(table));
        using var actual = Tables.Read(Streamed(new StreamedSheet(table, table.Rows)));

        var want = expected.Worksheet(1);
        var got = actual.Worksheet(1);
        Assert.Equal(want.Name, got.Name);
        var used = want.RangeUsed()!;
        Assert.Equal(used.RangeAddress.ToString(), got.RangeUsed()!.RangeAddress.ToString());
        foreach (var cell in used.Cells())
        {
            var other = got.Cell(cell.Address.RowNumber, cell.Address.ColumnNumber);
            var where = cell.Address.ToString();
            Assert.True(cell.GetString() == other.GetString(), $"{where}: \"{cell.GetString()}\" vs \"{other.GetString()}\"");
            Assert.True(cell.DataType == other.DataType, $"{where}: {cell.DataType} vs {other.DataType}");
            Assert.True(cell.Style.NumberFormat.Format == other.Style.NumberFormat.Format, $"{where}: format {cell.Style.NumberFormat.Format} vs {other.Style.NumberFormat.Format}");
            Assert.True(cell.Style.Font.Bold == other.Style.Font.Bold, $"{where}: bold");
            Assert.True(cell.Style.Fill.BackgroundColor == other.Style.Fill.BackgroundColor, $"{where}: fill");
            Assert.True(cell.Style.IncludeQuotePrefix == other.Style.IncludeQuotePrefix, $"{where}: quote prefix");
            Assert.False(other.HasFormula, $"{where}: a formula");
        }
        Assert.Equal(want.MergedRanges.Select(r => r.RangeAddress.ToString()).Order(), got.MergedRanges.Select(r => r.RangeAddress.ToString()).Order());
        Assert.Equal(TableWorkbookWriter.HeaderRow, got.SheetView.SplitRow);
        Assert.Equal(XLPaperSize.A4Paper, got.PageSetup.PaperSize);
        Assert.Equal(XLPageOrientation.Landscape, got.PageSetup.PageOrientation);
        Assert.Equal(TableWorkbookWriter.HeaderRow, got.PageSetup.FirstRowToRepeatAtTop);
        Assert.Equal("宋体", got.Cell(4, 2).Style.Font.FontName);
    }

    [Fact]
    public void Rows_are_written_while_they_are_read_not_after()
    {
        const int rows = 30_000;
        using var output = new MemoryStream();
        var table = EstateRegistryTable.Layout("牌楼街道", Tables.AsOf);
        long writtenHalfway = -1;
        var read = 0;

        IEnumerable<IReadOnlyList<object?>> Source()
        {
            foreach (var estate in BulkExcelWriterTests.Estates(rows))
            {
                if (++read == rows / 2)
                    writtenHalfway = output.Length;
                yield return EstateRegistryTable.Row(estate);
            }
        }

        var counts = StreamedWorkbookWriter.Write(output, [new StreamedSheet(table, Source())]);

        Assert.Equal([rows], counts);
        Assert.True(writtenHalfway > 100_000, $"only {writtenHalfway} bytes written when half the rows were read");
        using var workbook = Tables.Read(output.ToArray());
        var sheet = workbook.Worksheet("小区台账");
        Assert.Equal(rows, sheet.Cell(rows + 3, 1).GetValue<int>());
        Assert.Equal("合计", sheet.Cell(rows + 4, 1).GetString());
        var households = BulkExcelWriterTests.Estates(rows).Sum(e => e.Households);
        Assert.Equal(households, sheet.Cell(rows + 4, 8).GetValue<int>());
        Assert.Equal("#,##0", sheet.Cell(4, 8).Style.NumberFormat.Format);
        Assert.Contains("数据：实时", sheet.Cell(2, 1).GetString());
    }

    [Fact]
    public void Two_sheets_of_one_name_get_distinct_names_and_an_empty_table_keeps_its_header_and_total()
    {
        var empty = new StreamedSheet(Tables.Registry(), []);
        using var workbook = Tables.Read(Streamed(empty, empty));
        Assert.Equal(["小区台账", "小区台账(2)"], workbook.Worksheets.Select(s => s.Name));
        var sheet = workbook.Worksheet(2);
        Assert.Equal("序号", sheet.Cell(3, 1).GetString());
        Assert.Equal("合计", sheet.Cell(4, 1).GetString());
    }

    [Fact]
    public void Characters_XML_cannot_carry_are_replaced_not_thrown()
    {
        var table = WithRow(Tables.Registry(), ["a\u0001b", "\ud800lone", null, null, null, null, null, null, null]);
        using var workbook = Tables.Read(Streamed(new StreamedSheet(table, table.Rows)));
        var row = workbook.Worksheet(1).Row(TableWorkbookWriter.FirstDataRow + 3);
        Assert.Equal("a\uFFFDb", row.Cell(2).GetString());
        Assert.Equal("\uFFFDlone", row.Cell(3).GetString());
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_values_is_refused()
    {
        var table = Tables.Registry();
        Assert.Throws<ArgumentException>(() => Streamed(new StreamedSheet(table, [["only one"]])));
    }
}
