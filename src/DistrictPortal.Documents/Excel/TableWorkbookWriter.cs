using ClosedXML.Excel;

namespace DistrictPortal.Documents.Excel;

/// <summary>
/// Writes a <see cref="TableExport"/> as the workbook a Chinese office files as is: the title merged across, the
/// scope and date line, a frozen header, 序号 first, numbers stored as numbers with their formats, a 合计 row,
/// measured widths, and A4 landscape print setup that repeats the header and fits the width.
/// ClosedXML holds the whole sheet in memory (50,000 × 10 cells took ~8 s and 650 MB): for bulk sheets use
/// <see cref="BulkExcelWriter"/>.
/// </summary>
/// <remarks>
/// The 合计 row holds values, not SUM formulas: a formula written by a library has no cached result, and
/// previewers, mail-client viewers, MiniExcel and pandas/openpyxl then show the total as empty. The sums are
/// computed from the same decimals that were written, so they agree to the cent.
/// </remarks>
public static class TableWorkbookWriter
{
    public const int TitleRow = 1;
    public const int ScopeRow = 2;
    public const int HeaderRow = 3;
    public const int FirstDataRow = 4;
    public const string NumberHeader = "序号";
    public const string TotalLabel = "合计";
    public const string FontName = "宋体";
    /// <summary>A header wider than this wraps onto more lines rather than widening its column.</summary>
    public const double HeaderWrapsAt = 20;

    public static byte[] ToBytes(TableExport table)
    {
        using var stream = new MemoryStream();
        Write(table, stream);
        return stream.ToArray();
    }

    public static void Write(TableExport table, Stream output)
    {
        using var workbook = NewWorkbook();
        AddSheet(workbook, table);
        workbook.SaveAs(output);
    }

    public static XLWorkbook NewWorkbook()
    {
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = FontName;
        workbook.Style.Font.FontSize = 11;
        return workbook;
    }

    /// <summary>Adds the table as a sheet (so one workbook can carry several tables) and returns it.</summary>
    public static IXLWorksheet AddSheet(XLWorkbook workbook, TableExport table)
    {
        var sheet = workbook.AddWorksheet(UniqueName(workbook, table.SheetName));
        var layout = new SheetLayout(table);

        WriteTitle(sheet, table, layout.LastColumn);
        WriteHeader(sheet, table, layout);
        var widest = layout.HeaderWidths();
        var lastRow = WriteRows(sheet, table, layout, widest);
        if (table.HasTotals)
            lastRow = WriteTotals(sheet, table, layout, lastRow + 1, widest);

        FormatColumns(sheet, table, layout, lastRow);
        var body = sheet.Range(HeaderRow, 1, lastRow, layout.LastColumn);
        body.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        body.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        body.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;

        WriteNotes(sheet, table, lastRow, layout.LastColumn);
        SetWidths(sheet, layout, widest);
        FitHeaderHeight(sheet, layout);
        sheet.SheetView.FreezeRows(HeaderRow);
        SetUpPrinting(sheet);
        return sheet;
    }

    private static void WriteTitle(IXLWorksheet sheet, TableExport table, int lastColumn)
    {
        sheet.Cell(TitleRow, 1).SetValue(table.Title);
        var title = sheet.Range(TitleRow, 1, TitleRow, lastColumn).Merge();
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 16;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        sheet.Row(TitleRow).Height = 30;

        sheet.Cell(ScopeRow, 1).SetValue(table.ScopeLine);
        var scope = sheet.Range(ScopeRow, 1, ScopeRow, lastColumn).Merge();
        scope.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
    }

    private static void WriteHeader(IXLWorksheet sheet, TableExport table, SheetLayout layout)
    {
        if (table.Numbered)
            sheet.Cell(HeaderRow, 1).SetValue(NumberHeader);
        for (var i = 0; i < table.Columns.Count; i++)
            sheet.Cell(HeaderRow, layout.ColumnOf(i)).SetValue(table.Columns[i].Header);

        var header = sheet.Range(HeaderRow, 1, HeaderRow, layout.LastColumn);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#D9E1F2");
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Alignment.WrapText = true;
    }

    private static int WriteRows(IXLWorksheet sheet, TableExport table, SheetLayout layout, double[] widest)
    {
        var row = FirstDataRow - 1;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            row = FirstDataRow + r;
            if (table.Numbered)
            {
                sheet.Cell(row, 1).SetValue(r + 1);
                widest[0] = Math.Max(widest[0], ColumnWidths.DisplayWidth((r + 1).ToString()));
            }
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                var value = CellValues.Normalise(table.Rows[r][c], column.Kind);
                var cell = sheet.Cell(row, layout.ColumnOf(c));
                WriteCell(cell, value);
                widest[layout.ColumnOf(c) - 1] = Math.Max(widest[layout.ColumnOf(c) - 1],
                    ColumnWidths.DisplayWidth(CellValues.Shown(value, column.Kind)));
            }
        }
        if (table.Numbered && table.Rows.Count > 0)
            sheet.Range(FirstDataRow, 1, row, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        return row;
    }

    private static int WriteTotals(IXLWorksheet sheet, TableExport table, SheetLayout layout, int row, double[] widest)
    {
        sheet.Cell(row, 1).SetValue(table.TotalLabel);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            object? total = column.TotalValue is { } given
                ? CellValues.Normalise(given, column.Kind)
                : column.Sums ? Sum(table.Rows, c, column.Kind) : null;
            if (total is null || (!table.Numbered && c == 0))
                continue;
            WriteCell(sheet.Cell(row, layout.ColumnOf(c)), total);
            widest[layout.ColumnOf(c) - 1] = Math.Max(widest[layout.ColumnOf(c) - 1],
                ColumnWidths.DisplayWidth(CellValues.Shown(total, column.Kind)));
        }
        var totals = sheet.Range(row, 1, row, layout.LastColumn);
        totals.Style.Font.Bold = true;
        totals.Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
        sheet.Cell(row, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        return row;
    }

    private static object Sum(IReadOnlyList<IReadOnlyList<object?>> rows, int column, ColumnKind kind) =>
        SafeTotal.Of(rows.Select(r => CellValues.Normalise(r[column], kind)).OfType<decimal>());

    internal static void WriteCell(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case decimal number:
                cell.SetValue(number);
                return;
            case double approximate: // a total past decimal's range (SafeTotal)
                cell.SetValue(approximate);
                return;
            case DateTime date:
                cell.SetValue(date);
                return;
            default:
                // SetValue(string) stores text as typed: "00123" stays, "=1+2" is not a formula ("Value =" would parse both).
                var text = CellValues.AsText(value);
                cell.SetValue(text);
                // The quote prefix keeps it text even when someone edits the cell in Excel later.
                if (CellValues.LooksLikeFormula(text))
                    cell.Style.IncludeQuotePrefix = true;
                return;
        }
    }

    // One style per column range rather than per cell: styling cell by cell is what makes ClosedXML slow on long tables.
    private static void FormatColumns(IXLWorksheet sheet, TableExport table, SheetLayout layout, int lastRow)
    {
        if (lastRow < FirstDataRow)
            return;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (NumberFormats.For(table.Columns[c].Kind) is { } format)
                sheet.Range(FirstDataRow, layout.ColumnOf(c), lastRow, layout.ColumnOf(c)).Style.NumberFormat.Format = format;
        }
    }

    private static void WriteNotes(IXLWorksheet sheet, TableExport table, int lastTableRow, int lastColumn)
    {
        var row = lastTableRow;
        foreach (var note in table.Notes)
        {
            row++;
            WriteCell(sheet.Cell(row, 1), note);
            var range = sheet.Range(row, 1, row, lastColumn).Merge();
            range.Style.Alignment.WrapText = true;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            // Merged cells do not grow by themselves: give long notes the lines they need.
            var lines = Math.Max(1, Math.Ceiling(ColumnWidths.DisplayWidth(note) / Math.Max(40, lastColumn * 12.0)));
            sheet.Row(row).Height = 15 * lines;
        }
    }

    private static void SetWidths(IXLWorksheet sheet, SheetLayout layout, double[] widest)
    {
        for (var col = 1; col <= layout.LastColumn; col++)
        {
            var fixedWidth = layout.FixedWidth(col);
            var width = fixedWidth ?? ColumnWidths.Fit(widest[col - 1]);
            sheet.Column(col).Width = width;
            // Text longer than the widest allowed column wraps instead of running into its neighbour.
            if (fixedWidth is null && widest[col - 1] + ColumnWidths.Padding > ColumnWidths.Max)
                sheet.Range(FirstDataRow, col, Math.Max(FirstDataRow, sheet.LastRowUsed()?.RowNumber() ?? FirstDataRow), col)
                    .Style.Alignment.WrapText = true;
        }
    }

    // Excel does not grow a row for wrapped text written by a library: give the header the lines it needs.
    private static void FitHeaderHeight(IXLWorksheet sheet, SheetLayout layout)
    {
        var lines = 1.0;
        for (var col = 1; col <= layout.LastColumn; col++)
        {
            var text = sheet.Cell(HeaderRow, col).GetString();
            var room = Math.Max(1, sheet.Column(col).Width - ColumnWidths.Padding);
            lines = Math.Max(lines, Math.Ceiling(ColumnWidths.DisplayWidth(text) / room));
        }
        sheet.Row(HeaderRow).Height = 16 * lines + 4;
    }

    private static void SetUpPrinting(IXLWorksheet sheet)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
        page.FitToPages(1, 0); // one page wide, as many tall as needed
        page.CenterHorizontally = true;
        page.Margins.Left = page.Margins.Right = 0.4;
        page.Margins.Top = page.Margins.Bottom = 0.6;
        page.Footer.Center.AddText("第 ", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(" 页，共 ", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(" 页", XLHFOccurrence.AllPages);
    }

    private static string UniqueName(XLWorkbook workbook, string name)
    {
        var candidate = name;
        for (var n = 2; workbook.Worksheets.Any(s => string.Equals(s.Name, candidate, StringComparison.OrdinalIgnoreCase)); n++)
        {
            var suffix = $"({n})";
            candidate = name[..Math.Min(name.Length, SheetNames.MaxLength - suffix.Length)] + suffix;
        }
        return candidate;
    }

    /// <summary>Where each table column lands once 序号 is put in front.</summary>
    private sealed class SheetLayout(TableExport table)
    {
        private readonly int _offset = table.Numbered ? 1 : 0;

        public int LastColumn => table.Columns.Count + _offset;

        public int ColumnOf(int index) => index + 1 + _offset;

        public double? FixedWidth(int column) => column - 1 - _offset is var i && i >= 0 ? table.Columns[i].Width : null;

        public double[] HeaderWidths()
        {
            var widths = new double[LastColumn];
            if (table.Numbered)
                widths[0] = Math.Max(ColumnWidths.DisplayWidth(NumberHeader), ColumnWidths.DisplayWidth(table.TotalLabel));
            for (var i = 0; i < table.Columns.Count; i++)
                widths[ColumnOf(i) - 1] = Math.Min(ColumnWidths.DisplayWidth(table.Columns[i].Header), HeaderWrapsAt);
            return widths;
        }
    }
}
