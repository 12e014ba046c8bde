using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace DistrictPortal.Documents.Import.Xlsx;

/// <summary>
/// An uploaded .xlsx read as streams: the package's relationships through DocumentFormat.OpenXml (as ClosedXML opened
/// it, so the same files open), each part's XML through a forward-only <see cref="XmlReader"/>. Nothing is loaded
/// as a document, no formula is ever calculated (a formula cell reads as the value Excel cached), and every part
/// is read through one <see cref="ExpansionBudget"/> with the caps of <see cref="XlsxLimits"/> applied while reading.
/// Why not ClosedXML: reading a cell's value runs its formula engine, and a 20,000-cell reference chain overflows the
/// stack and ends the process (no catch helps); it also holds the whole sheet as objects (100,000 rows: +400 MB).
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbook;
    private readonly ExpansionBudget budget;
    private List<string>? sharedStrings;
    private bool[]? dateFormats;

    private XlsxWorkbook(SpreadsheetDocument document, ExpansionBudget budget)
    {
        this.document = document;
        this.budget = budget;
        workbook = document.WorkbookPart ?? throw new XlsxFormatException("The package has no workbook part.");
        Sheets = ReadSheets();
    }

    public IReadOnlyList<XlsxSheet> Sheets { get; }

    /// <summary>Opens the package; throws what System.IO.Packaging or DocumentFormat.OpenXml throw for a broken one.</summary>
    public static XlsxWorkbook Open(byte[] upload, long maxExpandedBytes = XlsxLimits.MaxExpandedBytes)
    {
        var document = SpreadsheetDocument.Open(new MemoryStream(upload, writable: false), isEditable: false);
        try
        {
            return new XlsxWorkbook(document, new ExpansionBudget(maxExpandedBytes));
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The sheet's rows that hold something, in order, read as they are enumerated: a caller that stops early (the
    /// row cap, a 合计 row, the header search) reads no further. Throws <see cref="XlsxLimitException"/> past a cap.
    /// </summary>
    public IEnumerable<XlsxRow> Rows(XlsxSheet sheet)
    {
        if (!workbook.TryGetPartById(sheet.RelationshipId, out var part) || part is not WorksheetPart)
            yield break; // a chart sheet or a dangling relationship: no cells
        var strings = SharedStrings();
        var dates = DateFormats();
        using var xml = Open(part);
        var cellsWalked = 0;
        var lastRow = 0;
        var cells = new List<XlsxCell>();
        var text = new CellTextReader();
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
                continue;
            var number = ParseIndex(xml.GetAttribute("r"), lastRow + 1, XlsxLimits.MaxSheetRow);
            if (number <= lastRow)
                throw new XlsxFormatException($"Row {number} follows row {lastRow}.");
            lastRow = number;
            if (xml.IsEmptyElement)
                continue; // a row with only a height or a format
            cells.Clear();
            var depth = xml.Depth;
            var lastColumn = 0;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
                    continue;
                if (++cellsWalked > XlsxLimits.MaxCellsPerSheet)
                {
                    throw new XlsxLimitException(
                        $"工作表“{sheet.Name}”的单元格超过 {XlsxLimits.MaxCellsPerSheet:#,0} 个，不像一份小区台账，未导入。请只保留台账的行和列后再上传。");
                }
                var cell = ReadCell(xml, number, lastColumn, strings, dates, text);
                lastColumn = cell.Column;
                if (!cell.IsBlank && cell.Column <= XlsxLimits.MaxColumn)
                    cells.Add(cell);
            }
            if (cells.Count > 0)
                yield return new XlsxRow(number, [.. cells]);
        }
    }

    public void Dispose() => document.Dispose();

    private XmlReader Open(OpenXmlPart part) => XmlReader.Create(budget.Wrap(part.GetStream(FileMode.Open, FileAccess.Read)), Settings);

    /// <summary>The workbook's sheets in tab order (name and relationship id), from xl/workbook.xml.</summary>
    private List<XlsxSheet> ReadSheets()
    {
        var sheets = new List<XlsxSheet>();
        using var xml = Open(workbook);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "sheet")
                continue;
            var name = xml.GetAttribute("name") ?? "";
            string? id = null;
            while (xml.MoveToNextAttribute())
            {
                if (xml.LocalName == "id" && xml.NamespaceURI.Length > 0)
                    id = xml.Value;
            }
            if (id is not null)
                sheets.Add(new XlsxSheet(name, id));
            if (sheets.Count > 1000)
                throw new XlsxLimitException("工作簿中的工作表超过 1000 个，不像一份小区台账，未导入。");
        }
        return sheets;
    }

    private static XlsxCell ReadCell(XmlReader xml, int row, int previousColumn, List<string> strings, bool[] dates, CellTextReader text)
    {
        var column = ColumnOf(xml.GetAttribute("r"), row, previousColumn);
        var type = xml.GetAttribute("t") ?? "n";
        var style = ParseIndex(xml.GetAttribute("s"), 0, int.MaxValue - 1);
        if (xml.IsEmptyElement)
            return XlsxCell.Blank(column); // <c r="L4" s="16" t="n"/>: typed but empty, as openpyxl and WPS write a cleared cell
        string? value = null, formula = null, inline = null;
        var tooLong = false;
        var depth = xml.Depth;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && !xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }
            switch (xml.LocalName)
            {
                case "v": value = text.Read(xml, ref tooLong); break;
                case "f": formula = text.Read(xml, ref tooLong); break;
                case "is": inline = text.Read(xml, ref tooLong); break;
                default: xml.Skip(); continue; // Skip leaves the reader on the next node already
            }
            xml.Read(); // past the end of <v>, <f> or <is>
        }
        if (tooLong)
            return new(column, CellKind.Malformed, Text: $"内容超过 {XlsxLimits.MaxCellChars} 个字符");
        return XlsxCellValue.Of(column, type, style, value, formula, inline, strings, dates);
    }

    /// <summary>"AB12" → 28; without a reference, the cell after the previous one (the reference is optional).</summary>
    private static int ColumnOf(string? reference, int row, int previousColumn)
    {
        if (string.IsNullOrEmpty(reference))
            return previousColumn + 1;
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > 16_384)
                throw new XlsxFormatException($"Cell reference {reference} is beyond column XFD.");
        }
        if (i == 0 || ParseIndex(reference[i..], row, XlsxLimits.MaxSheetRow) != row)
            throw new XlsxFormatException($"Cell reference {reference} is not in row {row}.");
        return column;
    }

    private static int ParseIndex(string? text, int fallback, int max)
    {
        if (string.IsNullOrEmpty(text))
            return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 0 || value > max)
            throw new XlsxFormatException($"“{text}” is not an index up to {max}.");
        return value;
    }

    /// <summary>xl/sharedStrings.xml, read once, each item's text without its phonetic runs; capped in count and characters.</summary>
    private List<string> SharedStrings()
    {
        if (sharedStrings is not null)
            return sharedStrings;
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is { } part)
        {
            using var xml = Open(part);
            var text = new CellTextReader();
            long chars = 0;
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si")
                    continue;
                var tooLong = false;
                var item = text.Read(xml, ref tooLong);
                chars += item.Length;
                if (strings.Count >= XlsxLimits.MaxSharedStrings || chars > XlsxLimits.MaxSharedStringChars)
                    throw new XlsxLimitException("文件中的文字超过导入能读取的上限，不像一份小区台账，未导入。请只保留台账后再上传。");
                strings.Add(item);
            }
        }
        return sharedStrings = strings;
    }

    /// <summary>For each cell format (xl/styles.xml cellXfs, by index), whether its number format shows a date or time.</summary>
    private bool[] DateFormats()
    {
        if (dateFormats is not null)
            return dateFormats;
        var custom = new Dictionary<int, string>();
        var formats = new List<int>();
        if (workbook.WorkbookStylesPart is { } part)
        {
            using var xml = Open(part);
            var inCellXfs = false;
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
                    inCellXfs = false;
                if (xml.NodeType != XmlNodeType.Element)
                    continue;
                switch (xml.LocalName)
                {
                    case "numFmt" when ParseIndexOrNull(xml.GetAttribute("numFmtId")) is { } id && custom.Count < XlsxLimits.MaxCellFormats:
                        custom[id] = xml.GetAttribute("formatCode") ?? "";
                        break;
                    case "cellXfs":
                        inCellXfs = !xml.IsEmptyElement;
                        break;
                    case "xf" when inCellXfs && formats.Count < XlsxLimits.MaxCellFormats:
                        formats.Add(ParseIndexOrNull(xml.GetAttribute("numFmtId")) ?? 0);
                        break;
                }
            }
        }
        return dateFormats = [.. formats.Select(id => NumberFormats.IsDate(id, custom.GetValueOrDefault(id)))];
    }

    private static int? ParseIndexOrNull(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
