namespace DistrictPortal.Documents.Pdf;

public enum CellAlign
{
    Left = 0,
    Right = 1,
    Center = 2,
}

/// <summary>A column: its header, its share of the table's width (relative weights, any scale) and its alignment.</summary>
public sealed record ReportColumn(string Header, double Width = 1, CellAlign Align = CellAlign.Left)
{
    /// <summary>A column of figures: right-aligned so digits line up.</summary>
    public static ReportColumn Number(string header, double width = 1) => new(header, width, CellAlign.Right);
}

/// <summary>
/// A titled table of text cells. Cells are already formatted (numbers as "1,234" or "66.7%") so the PDF shows
/// exactly what the page shows; a missing cell prints empty. The header row repeats at the top of every page the
/// table spans, and the title is repeated there with "（续）".
/// </summary>
public sealed record ReportTable(string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    /// <summary>Printed in place of the rows when there are none.</summary>
    public string EmptyText { get; init; } = "暂无数据";

    /// <summary>Optional line under the table (a source, a rounding rule).</summary>
    public string? Note { get; init; }
}

/// <summary>A headline figure: a short label, the value as printed, and an optional note (a change, a comparison).</summary>
public sealed record FigureBox(string Label, string Value, string? Note = null);
