namespace DistrictPortal.Documents.Excel;

/// <summary>What a column holds, which decides how its cells are stored and shown.</summary>
public enum ColumnKind
{
    /// <summary>Stored as text, never parsed (so "00123" and "=1+2" stay as typed).</summary>
    Text,
    /// <summary>Whole number with thousands separators: 1,234.</summary>
    Integer,
    /// <summary>A year or another code-like whole number, no separator: 1998.</summary>
    Year,
    /// <summary>Area or other measure, two decimals: 12,345.60 (m²).</summary>
    Decimal,
    /// <summary>Money in yuan, two decimals and no currency sign (MiniExcel stores "¥…" formats as text).</summary>
    Money,
    /// <summary>A fraction (0.667) shown as 66.7%.</summary>
    Percent,
    /// <summary>Percentage points (66.7, as <c>ReturnFigures.Percent</c> gives them) shown as 66.7; the header must carry "%".</summary>
    PercentPoints,
    /// <summary>A date (DateOnly or DateTime) shown as 2026-11-26.</summary>
    Date,
}

public static class NumberFormats
{
    public const string Integer = "#,##0";
    public const string Year = "0";
    public const string TwoDecimals = "#,##0.00";
    public const string Percent = "0.0%";
    public const string OneDecimal = "0.0";
    public const string Date = "yyyy-mm-dd";

    /// <summary>The Excel number format of a kind; null for text.</summary>
    public static string? For(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => Integer,
        ColumnKind.Year => Year,
        ColumnKind.Decimal or ColumnKind.Money => TwoDecimals,
        ColumnKind.Percent => Percent,
        ColumnKind.PercentPoints => OneDecimal,
        ColumnKind.Date => Date,
        _ => null,
    };

    /// <summary>The .NET format that renders a value as Excel will show it, for measuring column widths.</summary>
    internal static string DotNetFor(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => "#,##0",
        ColumnKind.Year => "0",
        ColumnKind.Decimal or ColumnKind.Money => "#,##0.00",
        ColumnKind.Percent => "0.0%",
        ColumnKind.PercentPoints => "0.0",
        ColumnKind.Date => "yyyy-MM-dd",
        _ => "",
    };

    public static bool IsNumeric(ColumnKind kind) =>
        kind is ColumnKind.Integer or ColumnKind.Year or ColumnKind.Decimal or ColumnKind.Money
            or ColumnKind.Percent or ColumnKind.PercentPoints;

    /// <summary>Kinds whose column may carry a 合计: a sum of years or of percentages means nothing.</summary>
    public static bool CanSum(ColumnKind kind) => kind is ColumnKind.Integer or ColumnKind.Decimal or ColumnKind.Money;
}
