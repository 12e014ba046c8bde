using System.Globalization;

namespace DistrictPortal.Documents.Import.Xlsx;

/// <summary>Turns a cell's stored parts (type, style, &lt;v&gt;, &lt;f&gt;, inline text) into its value, never throwing.</summary>
internal static class XlsxCellValue
{
    /// <summary>Excel's last date, 9999-12-31, as a serial; 0 is its 1900-01-00.</summary>
    private const double MaxDateSerial = 2_958_465.999_999;

    public static XlsxCell Of(int column, string type, int style, string? value, string? formula, string? inline,
        IReadOnlyList<string> sharedStrings, bool[] dateFormats)
    {
        // A formula is read by its cached result (what Excel last showed). Without one it is reported, never calculated.
        // (<v></v> present but empty is an empty result, e.g. =IF(A1="","",A1): blank.)
        if (formula is not null && value is null && type != "inlineStr")
            return new(column, CellKind.FormulaWithoutResult, Text: formula.Trim() is { Length: > 0 } text ? text : "…"); // <f t="shared" si="0"/> carries no text
        switch (type)
        {
            case "s":
                if (string.IsNullOrWhiteSpace(value))
                    return XlsxCell.Blank(column);
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
                    ? Text(column, sharedStrings[index])
                    : Malformed(column, $"共享字符串编号“{Short(value)}”在文件中不存在");
            case "inlineStr":
                return Text(column, inline ?? value ?? "");
            case "str":
                return Text(column, value ?? "");
            case "b":
                return value?.Trim() switch
                {
                    null or "" => XlsxCell.Blank(column),
                    "1" or "true" => new(column, CellKind.Boolean, Number: 1),
                    "0" or "false" => new(column, CellKind.Boolean, Number: 0),
                    var other => Malformed(column, $"逻辑值单元格里是“{Short(other)}”"),
                };
            case "e":
                return string.IsNullOrWhiteSpace(value) ? XlsxCell.Blank(column) : new(column, CellKind.Error, Text: value.Trim());
            case "d":
                if (string.IsNullOrWhiteSpace(value))
                    return XlsxCell.Blank(column);
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso)
                    ? new(column, CellKind.Date, Date: iso)
                    : Malformed(column, $"日期单元格里是“{Short(value)}”");
            case "n":
                break;
            default:
                return Malformed(column, $"单元格类型“{Short(type)}”无法识别");
        }

        // A number cell. Empty <v></v> (or none) is a cleared cell: blank.
        if (string.IsNullOrWhiteSpace(value))
            return XlsxCell.Blank(column);
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            return Malformed(column, $"数字单元格里是“{Short(value)}”");
        if (style < dateFormats.Length && dateFormats[style])
        {
            if (number < 0 || number > MaxDateSerial)
                return Malformed(column, $"日期序号 {Short(value)} 超出 Excel 的日期范围");
            return new(column, CellKind.Date, Number: number, Date: DateTime.FromOADate(number));
        }
        return new(column, CellKind.Number, Number: number);
    }

    private static XlsxCell Text(int column, string text) =>
        text.Length == 0 ? XlsxCell.Blank(column) : new(column, CellKind.Text, Text: text);

    private static XlsxCell Malformed(int column, string problem) => new(column, CellKind.Malformed, Text: problem);

    /// <summary>What a message quotes of a malformed value: enough to find it, never a megabyte.</summary>
    private static string Short(string text) => text.Length <= 20 ? text : text[..20] + "…";
}

/// <summary>Which number formats show a date or time, as Excel and ClosedXML read them.</summary>
internal static class NumberFormats
{
    public static bool IsDate(int id, string? custom)
    {
        // Built-in formats: 14–22 and 45–47 everywhere, 27–36 and 50–58 the East Asian dates (yyyy"年"m"月"d"日" …).
        if (id is >= 14 and <= 22 or >= 45 and <= 47 or >= 27 and <= 36 or >= 50 and <= 58)
            return true;
        if (string.IsNullOrEmpty(custom))
            return false;
        try
        {
            return new ExcelNumberFormat.NumberFormat(custom).IsDateTimeFormat;
        }
        catch (Exception)
        {
            // A format code the parser does not understand shows numbers, as far as the import is concerned.
            return false;
        }
    }
}
