using System.Globalization;
using System.Text;
using System.Xml;

namespace DistrictPortal.Documents.Excel;

/// <summary>
/// One worksheet part of <see cref="StreamedWorkbookWriter"/>, in the rows of <see cref="TableWorkbookWriter"/>: title (row 1),
/// scope line (row 2), header (row 3, frozen), data from row 4, then the 合计 row and the notes. Rows are written as they
/// are enumerated; only the running totals are kept.
/// </summary>
internal static class StreamedSheetWriter
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static int Write(Stream part, StreamedSheet sheet)
    {
        var table = sheet.Layout;
        var offset = table.Numbered ? 1 : 0;
        var lastColumn = table.Columns.Count + offset;
        var letters = Enumerable.Range(1, lastColumn).Select(ColumnLetters).ToArray();
        var widths = Widths(table);

        using var xml = StreamedWorkbookWriter.XmlOver(part);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", MainNs);
        xml.WriteRaw("""<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>""");
        var firstData = $"A{TableWorkbookWriter.FirstDataRow}";
        xml.WriteRaw($"""<sheetViews><sheetView workbookViewId="0"><pane ySplit="{TableWorkbookWriter.HeaderRow}" topLeftCell="{firstData}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="{firstData}" sqref="{firstData}"/></sheetView></sheetViews>""");
        xml.WriteRaw("""<sheetFormatPr defaultRowHeight="15"/>""");
        xml.WriteStartElement("cols");
        for (var c = 0; c < lastColumn; c++)
            xml.WriteRaw($"""<col min="{c + 1}" max="{c + 1}" width="{widths[c].ToString(CultureInfo.InvariantCulture)}" customWidth="1"/>""");
        xml.WriteEndElement();

        xml.WriteStartElement("sheetData");
        var cells = new Cells(xml, letters);
        cells.StartRow(TableWorkbookWriter.TitleRow, height: 30);
        cells.Merged(table.Title, StreamedStyles.Title, lastColumn);
        cells.EndRow();
        cells.StartRow(TableWorkbookWriter.ScopeRow);
        cells.Merged(table.ScopeLine, StreamedStyles.ScopeLine, lastColumn);
        cells.EndRow();
        cells.StartRow(TableWorkbookWriter.HeaderRow, HeaderHeight(table, widths, offset));
        if (table.Numbered)
            cells.Text(0, TableWorkbookWriter.NumberHeader, StreamedStyles.Header);
        for (var c = 0; c < table.Columns.Count; c++)
            cells.Text(c + offset, table.Columns[c].Header, StreamedStyles.Header);
        cells.EndRow();

        var sums = new SafeTotal[table.Columns.Count];
        var row = TableWorkbookWriter.HeaderRow;
        var count = 0;
        foreach (var values in sheet.Rows)
        {
            if (values.Count != table.Columns.Count)
                throw new ArgumentException($"Row {count + 1} has {values.Count} values for {table.Columns.Count} columns.", nameof(sheet));
            count++;
            cells.StartRow(++row);
            if (table.Numbered)
                cells.Number(0, count, StreamedStyles.Number);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                var value = CellValues.Normalise(values[c], column.Kind);
                cells.Value(c + offset, value, column.Kind, total: false);
                if (column.Sums && value is decimal number)
                    sums[c].Add(number);
            }
            cells.EndRow();
        }

        if (table.HasTotals)
        {
            cells.StartRow(++row);
            cells.Text(0, table.TotalLabel, StreamedStyles.TotalLabel);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (!table.Numbered && c == 0)
                    continue;
                var column = table.Columns[c];
                var total = column.TotalValue is { } given ? CellValues.Normalise(given, column.Kind) : column.Sums ? sums[c].Value : null;
                cells.Value(c + offset, total, column.Kind, total: true);
            }
            cells.EndRow();
        }

        var merged = new List<int> { TableWorkbookWriter.TitleRow, TableWorkbookWriter.ScopeRow };
        foreach (var note in table.Notes)
        {
            // Merged cells do not grow by themselves: give long notes the lines they need (as TableWorkbookWriter does).
            var lines = Math.Max(1, Math.Ceiling(ColumnWidths.DisplayWidth(note) / Math.Max(40, lastColumn * 12.0)));
            cells.StartRow(++row, 15 * lines);
            cells.Merged(note, CellValues.LooksLikeFormula(note) ? StreamedStyles.QuotedNote : StreamedStyles.Note, lastColumn);
            cells.EndRow();
            merged.Add(row);
        }
        xml.WriteEndElement(); // sheetData

        if (lastColumn > 1)
        {
            xml.WriteStartElement("mergeCells");
            foreach (var r in merged)
                xml.WriteRaw($"""<mergeCell ref="A{r}:{letters[^1]}{r}"/>""");
            xml.WriteEndElement();
        }
        xml.WriteRaw("""<printOptions horizontalCentered="1"/>""");
        xml.WriteRaw("""<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>""");
        xml.WriteRaw("""<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>""");
        xml.WriteRaw("""<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>""");
        xml.WriteEndElement(); // worksheet
        xml.WriteEndDocument();
        return count;
    }

    /// <summary>Widths without seeing the data: 序号 for five digits and 合计; a column's own width, or its (wrapped) header and kind.</summary>
    private static double[] Widths(TableExport table)
    {
        var widths = new List<double>();
        if (table.Numbered)
            widths.Add(ColumnWidths.Fit(Math.Max(ColumnWidths.DisplayWidth(TableWorkbookWriter.NumberHeader), Math.Max(ColumnWidths.DisplayWidth(table.TotalLabel), 6))));
        foreach (var column in table.Columns)
            widths.Add(column.Width ?? ColumnWidths.Fit(Math.Max(Math.Min(ColumnWidths.DisplayWidth(column.Header), TableWorkbookWriter.HeaderWrapsAt), TypicalWidth(column.Kind))));
        return [.. widths];
    }

    private static double TypicalWidth(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => 12,
        ColumnKind.Year => 4,
        ColumnKind.Decimal or ColumnKind.Money => 12,
        ColumnKind.Date => 10,
        _ => 8,
    };

    // Excel does not grow a row for wrapped text written by a library: give the header the lines it needs.
    private static double HeaderHeight(TableExport table, double[] widths, int offset)
    {
        var lines = 1.0;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var room = Math.Max(1, widths[c + offset] - ColumnWidths.Padding);
            lines = Math.Max(lines, Math.Ceiling(ColumnWidths.DisplayWidth(table.Columns[c].Header) / room));
        }
        return 16 * lines + 4;
    }

    internal static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <summary>Replaces characters XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD.</summary>
    internal static string Clean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
                continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }
            var clean = new StringBuilder(text.Length);
            for (var j = 0; j < text.Length; j++)
            {
                if (XmlConvert.IsXmlChar(text[j]))
                    clean.Append(text[j]);
                else if (j + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[j + 1], text[j]))
                    clean.Append(text[j]).Append(text[++j]);
                else
                    clean.Append('\uFFFD');
            }
            return clean.ToString();
        }
        return text;
    }

    /// <summary>Writes the cells of one row at a time: references, styles and the value's cell type.</summary>
    private sealed class Cells(XmlWriter xml, string[] letters)
    {
        private int _row;

        public void StartRow(int row, double? height = null)
        {
            _row = row;
            xml.WriteStartElement("row");
            xml.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
            if (height is { } h)
            {
                xml.WriteAttributeString("ht", h.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("customHeight", "1");
            }
        }

        public void EndRow() => xml.WriteEndElement();

        public void Value(int column, object? value, ColumnKind kind, bool total)
        {
            switch (value)
            {
                case null:
                    Start(column, StreamedStyles.For(kind, total));
                    xml.WriteEndElement();
                    return;
                case decimal m:
                    Raw(column, m.ToString(CultureInfo.InvariantCulture), StreamedStyles.For(kind, total));
                    return;
                case double d: // a total past decimal's range (SafeTotal)
                    Raw(column, d.ToString("R", CultureInfo.InvariantCulture), StreamedStyles.For(kind, total));
                    return;
                case DateTime date:
                    Raw(column, date.ToOADate().ToString("R", CultureInfo.InvariantCulture), StreamedStyles.For(kind, total));
                    return;
                default:
                    var text = CellValues.AsText(value);
                    // The quote prefix keeps a formula-like text as text even when someone edits the cell in Excel later.
                    var style = total ? StreamedStyles.TotalText : CellValues.LooksLikeFormula(text) ? StreamedStyles.QuotedText : StreamedStyles.For(ColumnKind.Text);
                    Text(column, text, style);
                    return;
            }
        }

        public void Number(int column, int value, int style) => Raw(column, value.ToString(CultureInfo.InvariantCulture), style);

        public void Text(int column, string text, int style)
        {
            Start(column, style);
            xml.WriteAttributeString("t", "inlineStr");
            xml.WriteStartElement("is");
            xml.WriteStartElement("t");
            var clean = Clean(text);
            if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])))
                xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(clean);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        /// <summary>Text in the first cell of a merged row, and the rest of the row given the same style, as ClosedXML does.</summary>
        public void Merged(string text, int style, int columns)
        {
            Text(0, text, style);
            for (var c = 1; c < columns; c++)
            {
                Start(c, style);
                xml.WriteEndElement();
            }
        }

        private void Raw(int column, string number, int style)
        {
            Start(column, style);
            xml.WriteElementString("v", number);
            xml.WriteEndElement();
        }

        private void Start(int column, int style)
        {
            xml.WriteStartElement("c");
            xml.WriteAttributeString("r", letters[column] + _row.ToString(CultureInfo.InvariantCulture));
            if (style != 0)
                xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        }
    }
}
