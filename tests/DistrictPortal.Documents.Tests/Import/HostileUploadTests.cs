using DistrictPortal.Documents.Import;

namespace DistrictPortal.Documents.Tests.Import;

/// <summary>
/// Issue 14's uploads, built part by part: none may end the process, answer with an exception, or cost more than a
/// bounded amount of memory. Allocation bounds are generous ceilings on this thread's allocations, never timings.
/// </summary>
public class HostileUploadTests
{
    private const long MB = 1024 * 1024;

    private static RegistryImportPreview Preview(byte[] file) => RegistryImporter.Preview(new MemoryStream(file), Pailou.Context());

    [Fact]
    public void A_20000_cell_formula_chain_is_never_calculated_and_the_formula_is_reported_at_its_cell()
    {
        var file = XlsxParts.FormulaChain(20_000);
        Assert.True(file.Length < 1 * MB, $"{file.Length} bytes");
        var preview = Preview(file); // ClosedXML's evaluator overflowed the stack here and ended the process

        var issue = Assert.Single(preview.Issues);
        Assert.Equal((ImportCodes.FormulaError, "小区台账!G4", ImportSeverity.Error), (issue.Code, issue.Location, issue.Severity));
        Assert.Contains("=Z5+1", issue.Message);
        Assert.Contains("不计算公式", issue.Message);
        Assert.False(preview.CanCommit);
    }

    [Fact]
    public void A_formula_chain_with_a_stored_result_reads_that_result()
    {
        var preview = Preview(XlsxParts.FormulaChain(20_000, cachedHouseholds: "130"));
        Assert.Empty(preview.Issues);
        Assert.Equal(130, Assert.Single(preview.ToAdd).Estate.Households);
    }

    [Fact]
    public void A_cell_typed_but_empty_is_a_blank_cell()
    {
        var file = XlsxParts.Workbook(sheet =>
        {
            XlsxParts.WriteHeader(sheet);
            // 试点 (optional) cleared the way openpyxl and some WPS versions write it; then the same in 户数 (required).
            XlsxParts.WriteEstate(sheet, 4, "太平里", new Dictionary<string, string?> { ["L"] = "<c r=\"L4\" s=\"16\" t=\"n\"></c>" });
            XlsxParts.WriteEstate(sheet, 5, "太平二里", new Dictionary<string, string?> { ["G"] = "<c r=\"G5\" s=\"16\" t=\"n\"/>" });
            XlsxParts.WriteEstate(sheet, 6, "太平三里", new Dictionary<string, string?> { ["G"] = "<c r=\"G6\" s=\"16\" t=\"n\"><v></v></c>" });
        }, styles: XlsxParts.Styles());

        var preview = Preview(file);

        Assert.Equal([(ImportCodes.Required, "小区台账!G5"), (ImportCodes.Required, "小区台账!G6")],
            preview.Issues.Select(i => (i.Code, i.Location)));
        var added = Assert.Single(preview.ToAdd);
        Assert.Equal(("太平里", false), (added.Estate.Name, added.Estate.IsPilot));
    }

    [Theory]
    [InlineData("G", "<c r=\"G4\" t=\"n\"><v>一百二</v></c>", "一百二")]               // text in a number cell
    [InlineData("D", "<c r=\"D4\" s=\"1\"><v>99999999</v></c>", "99999999")]           // a date serial past 9999-12-31
    [InlineData("D", "<c r=\"D4\" s=\"1\"><v>-5</v></c>", "-5")]                       // and before 1900
    [InlineData("B", "<c r=\"B4\" t=\"s\"><v>7</v></c>", "7")]                         // a shared string that is not there
    [InlineData("E", "<c r=\"E4\" t=\"b\"><v>maybe</v></c>", "maybe")]                 // a boolean that is neither
    [InlineData("K", "<c r=\"K4\" t=\"x\"><v>1</v></c>", "x")]                         // a type no spreadsheet writes
    public void A_malformed_value_is_an_issue_at_its_cell(string column, string cell, string quoted)
    {
        var file = XlsxParts.Workbook(sheet =>
        {
            XlsxParts.WriteHeader(sheet);
            XlsxParts.WriteEstate(sheet, 4, "太平里", new Dictionary<string, string?> { [column] = cell });
            XlsxParts.WriteEstate(sheet, 5, "太平二里");
        }, styles: XlsxParts.Styles(), sharedStrings: $"""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>太平里</t></si></sst>""");

        var preview = Preview(file);

        var issue = Assert.Single(preview.Issues);
        Assert.Equal((ImportCodes.MalformedCell, $"小区台账!{column}4"), (issue.Code, issue.Location));
        Assert.Contains(quoted, issue.Message);
        Assert.Equal(["太平二里"], preview.ToAdd.Select(a => a.Estate.Name));
    }

    [Fact]
    public void A_sheet_of_100000_rows_is_refused_at_the_row_cap_and_the_rest_is_not_read()
    {
        var file = XlsxParts.ManyRows(100_000);
        Assert.True(file.Length < UploadGuard.DefaultMaxBytes, $"{file.Length} bytes");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var preview = Preview(file);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var cap = Assert.Single(preview.Issues, i => i.Code == ImportCodes.TooManyRows);
        Assert.Equal("小区台账!5004", cap.Location); // header in row 3, 5,000 estates in rows 4–5003
        Assert.False(preview.CanCommit);
        // Everything this thread allocated (the streaming reader: about 60 MB, the 100,000 shared strings included), not
        // even what it held at once, under a ceiling far below ClosedXML's whole-sheet load.
        Assert.True(allocated < 200 * MB, $"allocated {allocated / MB} MB");
    }

    [Fact]
    public void A_small_file_whose_sheet_expands_to_90_MB_is_refused_after_a_bounded_read()
    {
        // Under the 100 MB the zip declares (UploadGuard's check), but 440,000 rows of 20 typed cells each: 90 MB of XML
        // in a file of a few hundred kilobytes (row and cell references are optional, so every row is the same bytes).
        var emptyRow = "<row>" + string.Concat(Enumerable.Repeat("<c t=\"n\"/>", 20)) + "</row>";
        var file = XlsxParts.Workbook(sheet =>
        {
            XlsxParts.WriteHeader(sheet);
            XlsxParts.WriteEstate(sheet, 4, "太平里");
            for (var r = 5; r < 440_005; r++)
                sheet.Write(emptyRow);
        }, styles: XlsxParts.Styles());
        Assert.True(file.Length < 1 * MB, $"{file.Length} bytes");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var preview = Preview(file);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var refusal = Assert.Single(preview.Issues);
        Assert.Equal((ImportCodes.TooLarge, ""), (refusal.Code, refusal.Location));
        Assert.Contains("单元格超过", refusal.Message);
        Assert.True(allocated < 100 * MB, $"allocated {allocated / MB} MB");
    }

    [Fact]
    public void A_zip_that_declares_less_than_its_sheet_holds_is_not_read_past_the_cap()
    {
        // 150 MB of rows declared as 4 KB: UploadGuard's check of the declared sizes passes it. Whatever the zip layer
        // does with the lie (stop at the declared size, fail its checksum, or read on), the read must end: refused.
        var emptyRow = "<row>" + string.Concat(Enumerable.Repeat("<c t=\"n\"/>", 20)) + "</row>";
        var file = XlsxParts.Workbook(sheet =>
        {
            XlsxParts.WriteHeader(sheet);
            for (var r = 4; r < 740_004; r++)
                sheet.Write(emptyRow);
        }, styles: XlsxParts.Styles());
        XlsxParts.DeclareSize(file, "xl/worksheets/sheet1.xml", 4096);
        Assert.Null(UploadGuard.Check(file));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var preview = Preview(file);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var refusal = Assert.Single(preview.Issues);
        Assert.Contains(refusal.Code, new[] { ImportCodes.Unreadable, ImportCodes.TooLarge });
        Assert.True(allocated < 100 * MB, $"allocated {allocated / MB} MB");
    }

    [Fact]
    public void A_60_MB_cell_above_the_header_is_walked_in_chunks_and_stops_at_the_decompression_budget()
    {
        // Declared honestly (60 MB, under UploadGuard's 100 MB), but the top rows are read once to find the header and
        // again for the rows: 120 MB decompressed, past the budget that counts every byte actually read.
        var chunk = new string('x', 1 << 20);
        var file = XlsxParts.Workbook(sheet =>
        {
            sheet.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            for (var i = 0; i < 60; i++)
                sheet.Write(chunk);
            sheet.Write("</t></is></c></row>");
            XlsxParts.Row(sheet, 3, [.. XlsxParts.Header.Select((h, i) => XlsxParts.Text($"{XlsxParts.Column(i + 1)}3", h))]);
            XlsxParts.WriteEstate(sheet, 4, "太平里");
        }, styles: XlsxParts.Styles());
        Assert.Null(UploadGuard.Check(file));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var preview = Preview(file);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var refusal = Assert.Single(preview.Issues);
        Assert.Equal(ImportCodes.TooLarge, refusal.Code);
        Assert.Contains("解压后超过 100 MB", refusal.Message);
        Assert.True(allocated < 100 * MB, $"allocated {allocated / MB} MB"); // the cell is never held: 32,767 characters at most
    }
}
