namespace DistrictPortal.Documents.Excel;

/// <summary>
/// The fixed style sheet of <see cref="StreamedWorkbookWriter"/>: the looks of <see cref="TableWorkbookWriter"/> (宋体 11,
/// bold 16 title, blue-grey header, thin grid, grey bold 合计 row) as a handful of cell formats chosen per cell by index.
/// Number formats are custom ids (164+) even where Excel has a built-in one, so every reader sees the format text.
/// </summary>
internal static class StreamedStyles
{
    public const int Title = 1;
    public const int ScopeLine = 2;
    public const int Header = 3;
    public const int Text = 4;
    public const int QuotedText = 5;
    public const int Number = 6;
    public const int TotalLabel = 13;
    public const int TotalText = 14;
    public const int Note = 21;
    public const int QuotedNote = 22;

    // Body formats 7..12 and total formats 15..20, in the order of Formats.
    private const int FirstBodyFormat = 7;
    private const int FirstTotalFormat = 15;

    private static readonly string[] Formats =
    [
        NumberFormats.Integer, NumberFormats.Year, NumberFormats.TwoDecimals, NumberFormats.Percent, NumberFormats.OneDecimal, NumberFormats.Date,
    ];

    /// <summary>The cell format of a data cell (or of a 合计 cell) of a column of this kind.</summary>
    public static int For(ColumnKind kind, bool total = false, bool quoted = false)
    {
        var format = NumberFormats.For(kind) is { } text ? Array.IndexOf(Formats, text) : -1;
        if (format < 0)
            return total ? TotalText : quoted ? QuotedText : Text;
        return (total ? FirstTotalFormat : FirstBodyFormat) + format;
    }

    public static readonly string Xml = Build();

    private static string Build()
    {
        const string grid = """<alignment vertical="center"/>""";
        var numFmts = string.Concat(Formats.Select((f, i) => $"""<numFmt numFmtId="{164 + i}" formatCode="{f}"/>"""));
        var bodyFormats = string.Concat(Formats.Select((_, i) =>
            $"""<xf numFmtId="{164 + i}" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1">{grid}</xf>"""));
        var totalFormats = string.Concat(Formats.Select((_, i) =>
            $"""<xf numFmtId="{164 + i}" fontId="2" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">{grid}</xf>"""));
        return $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <numFmts count="{Formats.Length}">{numFmts}</numFmts>
            <fonts count="3">
            <font><sz val="11"/><name val="{TableWorkbookWriter.FontName}"/><family val="3"/><charset val="134"/></font>
            <font><b/><sz val="16"/><name val="{TableWorkbookWriter.FontName}"/><family val="3"/><charset val="134"/></font>
            <font><b/><sz val="11"/><name val="{TableWorkbookWriter.FontName}"/><family val="3"/><charset val="134"/></font>
            </fonts>
            <fills count="4">
            <fill><patternFill patternType="none"/></fill>
            <fill><patternFill patternType="gray125"/></fill>
            <fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>
            <fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill>
            </fills>
            <borders count="2">
            <border><left/><right/><top/><bottom/><diagonal/></border>
            <border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>
            </borders>
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
            <cellXfs count="23">
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left"/></xf>
            <xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">{grid}</xf>
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" quotePrefix="1" applyBorder="1" applyAlignment="1">{grid}</xf>
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
            {bodyFormats}
            <xf numFmtId="0" fontId="2" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
            <xf numFmtId="0" fontId="2" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">{grid}</xf>
            {totalFormats}
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
            </cellXfs>
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
            </styleSheet>
            """;
    }
}
