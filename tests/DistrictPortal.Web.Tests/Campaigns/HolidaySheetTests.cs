using System.Text;
using ClosedXML.Excel;
using DistrictPortal.Documents.Tests.Import;
using DistrictPortal.Web.Features.Campaigns;

namespace DistrictPortal.Web.Tests.Campaigns;

public sealed class HolidaySheetTests
{
    private static SheetResult Csv(string text, int year = 2026) =>
        HolidaySheet.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "节假日.csv", year);

    [Fact]
    public void A_clean_sheet_reads_every_row_with_its_kind()
    {
        var result = Csv("日期,类型,名称\n2026-10-01,放假,国庆节\n2026/10/10,调休上班,国庆节调休\n2026年10月2日,放假,\"国庆节, 中秋\"\n");

        Assert.True(result.IsValid);
        Assert.Equal([new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 2)], result.Rows.Select(r => r.Date));
        Assert.Equal([false, true, false], result.Rows.Select(r => r.IsMakeUpWorkingDay));
        Assert.Equal("国庆节, 中秋", result.Rows[2].Name);
        Assert.Equal([2, 3, 4], result.Rows.Select(r => r.Row));
    }

    [Fact]
    public void Each_bad_cell_is_named_by_row_and_cell()
    {
        var result = Csv("日期,类型,名称\n2026-10-01,放假,国庆节\n2026-13-01,放假,坏日期\n2026-10-03,休息,坏类型\n2026-10-01,放假,重复\n2026-10-08,调休上班,周四调休\n");

        Assert.False(result.IsValid);
        Assert.Equal(
            [(3, "A3", "BadDate", "2026-13-01"), (4, "B4", "UnknownType", "休息"), (5, "A5", "DuplicateDate", "2026-10-01"), (6, "B6", "MakeUpOnWeekday", "调休上班")],
            result.Errors.Select(e => (e.Row, e.Cell, e.Code, e.Value)));
        Assert.Equal("2", result.Errors.Single(e => e.Code == "DuplicateDate").Extra);
        Assert.Equal([2], result.Rows.Select(r => r.Row)); // the good row is shown, but nothing is valid until all are
    }

    [Fact]
    public void Columns_follow_the_header_names_and_other_years_are_refused()
    {
        var result = Csv("名称,日期,类型\n元旦,2027-01-01,放假\n国庆节,2026-10-01,放假\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("B2", "OutsideYear", "2026"), (error.Cell, error.Code, error.Extra));
        Assert.Equal(new DateOnly(2026, 10, 1), Assert.Single(result.Rows).Date);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_as_a_whole()
    {
        var gbk = new byte[] { 0xC8, 0xD5, 0xC6, 0xDA, 0x2C, 0xC0, 0xE0, 0xD0, 0xCD, 0x0A }; // "日期,类型" in GBK
        var result = HolidaySheet.Read(new MemoryStream(gbk), "gbk.csv", 2026);

        Assert.Equal("NotUtf8", result.FileError);
        Assert.Equal("Unsupported", HolidaySheet.Read(new MemoryStream([1, 2, 3]), "notes.txt", 2026).FileError);
    }

    /// <summary>
    /// Issue 14: ClosedXML evaluated a formula when its value was read, and a 20,000-cell chain overflowed the stack (the
    /// process died). The holiday sheet is read like the registry: the value Excel stored, never a calculation.
    /// </summary>
    [Fact]
    public void A_formula_chain_is_never_evaluated_its_stored_value_is_read_and_one_without_is_refused()
    {
        // A 21,000-cell chain in 300 rows (under the sheet's row cap, so every row is read): D5 = E5+1 … row by row.
        const int width = 70, chain = 300 * width;
        static string At(int k) => XlsxParts.Column(4 + k % width) + (5 + k / width).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var file = XlsxParts.Workbook(sheet =>
        {
            XlsxParts.Row(sheet, 1, XlsxParts.Text("A1", "日期"), XlsxParts.Text("B1", "类型"), XlsxParts.Text("C1", "名称"));
            XlsxParts.Row(sheet, 2, $"<c r=\"A2\"><f>{At(0)}+46296</f><v>46296</v></c>", XlsxParts.Text("B2", "放假"), XlsxParts.Text("C2", "国庆节"));
            XlsxParts.Row(sheet, 3, $"<c r=\"A3\"><f>{At(0)}+46297</f></c>", XlsxParts.Text("B3", "放假"), XlsxParts.Text("C3", "国庆节"));
            for (var r = 0; r < 300; r++)
            {
                XlsxParts.Row(sheet, 5 + r, [.. Enumerable.Range(r * width, width).Select(k =>
                    k + 1 < chain ? $"<c r=\"{At(k)}\"><f>{At(k + 1)}+1</f></c>" : XlsxParts.Number(At(k), 1))]);
            }
        }, styles: XlsxParts.Styles());

        var result = HolidaySheet.Read(new MemoryStream(file), "2026.xlsx", 2026);

        Assert.Null(result.FileError);
        Assert.Equal([(2, new DateOnly(2026, 10, 1))], result.Rows.Select(r => (r.Row, r.Date)));
        Assert.Equal([(3, "A3", "BadDate")], result.Errors.Select(e => (e.Row, e.Cell, e.Code)));
    }

    [Fact]
    public void An_xlsx_sheet_reads_date_cells_text_dates_and_serial_numbers()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("2026");
        sheet.Cell(1, 1).Value = "日期"; sheet.Cell(1, 2).Value = "类型"; sheet.Cell(1, 3).Value = "名称";
        sheet.Cell(2, 1).Value = new DateTime(2026, 10, 1); sheet.Cell(2, 2).Value = "放假"; sheet.Cell(2, 3).Value = "国庆节";
        sheet.Cell(3, 1).SetValue("2026-10-10"); sheet.Cell(3, 2).Value = "调休上班";
        sheet.Cell(4, 1).Value = new DateTime(2026, 10, 2).ToOADate(); sheet.Cell(4, 2).Value = "放假";
        sheet.Cell(5, 1).SetValue("十月三日"); sheet.Cell(5, 2).Value = "放假";
        using var content = new MemoryStream();
        workbook.SaveAs(content);
        content.Position = 0;

        var result = HolidaySheet.Read(content, "2026.xlsx", 2026);

        Assert.Equal([new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 2)], result.Rows.Select(r => r.Date));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("A5", "BadDate", "十月三日"), (error.Cell, error.Code, error.Value));
    }

    [Fact]
    public void The_preview_carries_a_sheet_that_reads_back_the_same()
    {
        var first = Csv("日期,类型,名称\n2026-10-01,放假,\"国庆节, 中秋\"\n2026-10-10,调休上班,调休\n");

        var again = Csv(HolidaySheet.ToCsv(first.Rows));

        Assert.True(again.IsValid);
        Assert.Equal(first.Rows.Select(r => (r.Date, r.IsMakeUpWorkingDay, r.Name)), again.Rows.Select(r => (r.Date, r.IsMakeUpWorkingDay, r.Name)));
    }
}
