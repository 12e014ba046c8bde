using System.Globalization;
using ClosedXML.Excel;

namespace DistrictPortal.Documents.Import;

internal enum NumberState
{
    Blank,
    Number,
    NotANumber,
    FormulaError,
}

/// <summary>A number cell as read: its value, whether it was typed in full-width digits (１７), and the text seen.</summary>
internal readonly record struct NumberCell(NumberState State, decimal Value, bool FullWidth, string Text);

/// <summary>
/// Reads cells the way people fill them in: numbers stored as text, full-width digits and punctuation from a Chinese
/// input method, ideographic spaces, formulas with or without a cached result.
/// </summary>
internal static class CellText
{
    /// <summary>Full-width ASCII (Ｆ１２，－) to half-width and the ideographic space to a space, then trimmed.</summary>
    public static string Normalise(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(chars[i] - 0xFEE0),
                '\u3000' or '\u00A0' => ' ',
                '\u2212' => '-',
                _ => chars[i],
            };
        }
        return new string(chars).Trim();
    }

    /// <summary>A key for comparing names: normalised, no whitespace at all ("牌楼 社区" = "牌楼社区").</summary>
    public static string Key(string text) => string.Concat(Normalise(text).Where(c => !char.IsWhiteSpace(c)));

    public static bool HasFullWidthDigits(string text) => text.Any(c => c is >= '\uFF10' and <= '\uFF19');

    /// <summary>The cell as text, trimmed; numbers and dates in a stable invariant form.</summary>
    public static string Read(IXLCell cell)
    {
        var value = Value(cell, out _);
        return value switch
        {
            null => "",
            double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            _ => (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Trim(),
        };
    }

    public static NumberCell ReadNumber(IXLCell cell, string? suffix = null)
    {
        var value = Value(cell, out var formulaFailed);
        if (formulaFailed)
            return new(NumberState.FormulaError, 0, false, cell.FormulaA1);
        switch (value)
        {
            case null:
                return new(NumberState.Blank, 0, false, "");
            case double d when double.IsFinite(d) && Math.Abs(d) < 1e15:
                return new(NumberState.Number, (decimal)d, false, d.ToString(CultureInfo.InvariantCulture));
            case double d:
                return new(NumberState.NotANumber, 0, false, d.ToString(CultureInfo.InvariantCulture));
            case DateTime or bool or TimeSpan:
                return new(NumberState.NotANumber, 0, false, Read(cell));
        }
        var text = (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Trim();
        var fullWidth = HasFullWidthDigits(text);
        var plain = Key(text);
        if (suffix is not null && plain.EndsWith(suffix, StringComparison.Ordinal))
            plain = plain[..^suffix.Length];
        if (plain.Length == 0)
            return new(NumberState.Blank, 0, fullWidth, text);
        return decimal.TryParse(plain, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? new(NumberState.Number, number, fullWidth, text)
            : new(NumberState.NotANumber, 0, fullWidth, text);
    }

    /// <summary>
    /// The cell's value: double, DateTime, bool, string or null when blank. A formula gives its cached result (what
    /// Excel last showed); without one, ClosedXML evaluates it, and a formula it cannot evaluate is reported.
    /// </summary>
    private static object? Value(IXLCell cell, out bool formulaFailed)
    {
        formulaFailed = false;
        if (cell.HasFormula)
        {
            var cached = cell.CachedValue;
            if (cached is not null && !(cached is string s && s.Length == 0))
                return cached;
            try
            {
                var evaluated = cell.Value;
                return evaluated is string e && e.Length == 0 ? null : evaluated;
            }
            catch (Exception)
            {
                // Anything ClosedXML's evaluator throws (unknown function, bad reference) is the sheet's problem, not ours.
                formulaFailed = true;
                return null;
            }
        }
        return cell.DataType switch
        {
            XLDataType.Number => cell.GetDouble(),
            XLDataType.DateTime => cell.GetDateTime(),
            XLDataType.Boolean => cell.GetBoolean(),
            XLDataType.TimeSpan => cell.GetTimeSpan(),
            _ => cell.GetString() is { Length: > 0 } text ? text : null,
        };
    }
}
