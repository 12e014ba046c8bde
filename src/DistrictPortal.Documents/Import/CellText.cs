using System.Globalization;
using DistrictPortal.Documents.Import.Xlsx;

namespace DistrictPortal.Documents.Import;

internal enum NumberState
{
    Blank,
    Number,
    NotANumber,
    /// <summary>A formula without a stored result, an error value or a malformed value: see <see cref="CellText.Problem"/>.</summary>
    Unreadable,
}

/// <summary>A number cell as read: its value, whether it was typed in full-width digits (１７), and the text seen.</summary>
internal readonly record struct NumberCell(NumberState State, decimal Value, bool FullWidth, string Text);

/// <summary>
/// Reads cells the way people fill them in: numbers stored as text, full-width digits and punctuation from a Chinese
/// input method, ideographic spaces, formulas by their cached result (never calculated).
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

    /// <summary>The cell as text, trimmed; numbers and dates in a stable invariant form; "" for a cell with a problem.</summary>
    public static string Read(XlsxCell cell) => cell.Kind switch
    {
        CellKind.Number => cell.Number.ToString("0.##########", CultureInfo.InvariantCulture),
        CellKind.Date => cell.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CellKind.Boolean => cell.Number != 0 ? "TRUE" : "FALSE",
        CellKind.Text => cell.Text.Trim(),
        _ => "",
    };

    /// <summary>
    /// Why a cell cannot be read at all, for a message after the column's name ("“户数”…"), or null when it can:
    /// a formula without a stored result, a formula whose result is an error value, a value its type cannot hold.
    /// </summary>
    public static (string Code, string Message)? Problem(XlsxCell cell) => cell.Kind switch
    {
        CellKind.FormulaWithoutResult => (ImportCodes.FormulaError,
            $"是公式（={Quote(cell.Text)}），文件中没有它的计算结果，导入不计算公式。请在 Excel 中打开后保存，或改为数值。"),
        CellKind.Error => (ImportCodes.FormulaError, $"的公式结果是错误值 {Quote(cell.Text)}，请改为数值。"),
        CellKind.Malformed => (ImportCodes.MalformedCell, $"无法读取：{cell.Text}。请在 Excel 中重新填写这一格后另存为 .xlsx。"),
        _ => null,
    };

    public static NumberCell ReadNumber(XlsxCell cell, string? suffix = null)
    {
        switch (cell.Kind)
        {
            case CellKind.Blank:
                return new(NumberState.Blank, 0, false, "");
            case CellKind.FormulaWithoutResult or CellKind.Error or CellKind.Malformed:
                return new(NumberState.Unreadable, 0, false, cell.Text);
            case CellKind.Number when Math.Abs(cell.Number) < 1e15:
                return new(NumberState.Number, (decimal)cell.Number, false, cell.Number.ToString(CultureInfo.InvariantCulture));
            case CellKind.Number:
                return new(NumberState.NotANumber, 0, false, cell.Number.ToString(CultureInfo.InvariantCulture));
            case CellKind.Date or CellKind.Boolean:
                return new(NumberState.NotANumber, 0, false, Read(cell));
        }
        var text = cell.Text.Trim();
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

    /// <summary>A formula or value quoted in a message: enough to find it, never a page of text.</summary>
    private static string Quote(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
