namespace DistrictPortal.Documents.Excel;

/// <summary>
/// Column widths measured from the text, never by <c>AdjustToContents</c> (it needs libgdiplus and took 116 s and
/// 4 GB on 50,000 rows). A CJK or full-width character is about two Latin widths.
/// </summary>
public static class ColumnWidths
{
    public const double Min = 6;
    public const double Max = 50;
    /// <summary>Room for the cell margins and a bold header.</summary>
    public const double Padding = 2;

    public static double DisplayWidth(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return 0;
        double width = 0;
        foreach (var c in text)
        {
            // A surrogate pair is a CJK extension character: its two halves count one each, two in all.
            width += char.IsSurrogate(c) ? 1 : IsWide(c) ? 2 : 1;
        }
        return width;
    }

    /// <summary>The width for a column whose longest shown text is <paramref name="widest"/> display units.</summary>
    public static double Fit(double widest, double max = Max) => Math.Clamp(Math.Ceiling(widest + Padding), Min, max);

    /// <summary>A width without seeing the data (streamed sheets): the header, or what the kind usually needs.</summary>
    public static double Estimate(TableColumn column) =>
        column.Width ?? Fit(Math.Max(DisplayWidth(column.Header), TypicalWidth(column.Kind)));

    private static double TypicalWidth(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => 16,
        ColumnKind.Integer => 8,
        ColumnKind.Year => 4,
        ColumnKind.Decimal or ColumnKind.Money => 12,
        ColumnKind.Percent or ColumnKind.PercentPoints => 6,
        ColumnKind.Date => 10,
        _ => 8,
    };

    // East Asian Wide and Fullwidth blocks (UAX #11), enough for Chinese paperwork.
    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F'
            or >= '\u2E80' and <= '\u303E'
            or >= '\u3041' and <= '\u33FF'
            or >= '\u3400' and <= '\u4DBF'
            or >= '\u4E00' and <= '\u9FFF'
            or >= '\uA000' and <= '\uA4CF'
            or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFF60'
            or >= '\uFFE0' and <= '\uFFE6';
}
