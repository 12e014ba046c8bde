using System.Globalization;

namespace DistrictPortal.Documents.Excel;

/// <summary>
/// Turns a row value into what a cell of a given kind stores, and into the text Excel will show (for widths).
/// Shared by the ClosedXML and MiniExcel writers so both store the same things.
/// </summary>
public static class CellValues
{
    /// <summary>Numbers as decimal, dates as DateTime, everything else as text; null stays null.</summary>
    public static object? Normalise(object? value, ColumnKind kind) => value switch
    {
        null => null,
        string s when kind == ColumnKind.Text => s,
        _ when kind == ColumnKind.Text => AsText(value),
        DateOnly d when kind == ColumnKind.Date => d.ToDateTime(TimeOnly.MinValue),
        DateTime d when kind == ColumnKind.Date => d.Date,
        DateTimeOffset d when kind == ColumnKind.Date => d.Date,
        _ when NumberFormats.IsNumeric(kind) && TryDecimal(value, out var number) => number,
        // A value that does not fit its kind is shown as text rather than lost or thrown away in the middle of an export.
        _ => AsText(value),
    };

    public static string AsText(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "是" : "否",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The text as shown in the sheet, for measuring.</summary>
    public static string Shown(object? normalised, ColumnKind kind) => normalised switch
    {
        null => "",
        decimal m => m.ToString(NumberFormats.DotNetFor(kind), CultureInfo.InvariantCulture),
        double d => d.ToString(NumberFormats.DotNetFor(kind), CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => AsText(normalised),
    };

    /// <summary>
    /// Text that a spreadsheet would take for a formula or a command if retyped or saved as CSV (formula injection):
    /// = + - @, and tab or carriage return in front.
    /// </summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool TryDecimal(object value, out decimal number)
    {
        switch (value)
        {
            case decimal m:
                number = m;
                return true;
            case double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28:
                number = (decimal)d;
                return true;
            case float f when float.IsFinite(f) && Math.Abs(f) < 7.9e28f:
                number = (decimal)f;
                return true;
            case IConvertible c when Type.GetTypeCode(value.GetType()) is >= TypeCode.SByte and <= TypeCode.UInt64:
                number = c.ToDecimal(CultureInfo.InvariantCulture);
                return true;
            default:
                number = 0;
                return false;
        }
    }
}
