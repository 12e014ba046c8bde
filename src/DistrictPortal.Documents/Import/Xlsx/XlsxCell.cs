namespace DistrictPortal.Documents.Import.Xlsx;

internal enum CellKind
{
    Blank,
    Number,
    Text,
    Boolean,
    Date,
    /// <summary>A formula whose cached result is an error value (#REF!, #N/A, #DIV/0!).</summary>
    Error,
    /// <summary>A formula stored without a cached result. The importer never calculates one.</summary>
    FormulaWithoutResult,
    /// <summary>A value the cell's type cannot hold: text in a number cell, a date serial out of range, a missing shared string.</summary>
    Malformed,
}

/// <summary>
/// One cell as the file stores it: what Excel last showed (the cached value of a formula), never a calculation.
/// <see cref="Text"/> is the text of a Text cell, the error value of an Error cell, the formula of a FormulaWithoutResult
/// cell, and what is wrong with a Malformed one.
/// </summary>
internal readonly record struct XlsxCell(int Column, CellKind Kind, double Number = 0, string Text = "", DateTime Date = default)
{
    public static XlsxCell Blank(int column) => new(column, CellKind.Blank);

    public bool IsBlank => Kind == CellKind.Blank;
}

/// <summary>A row that holds at least one cell that is not blank; cells in column order, right of the column cap dropped.</summary>
internal sealed class XlsxRow(int number, XlsxCell[] cells)
{
    public int Number { get; } = number;
    public IReadOnlyList<XlsxCell> Cells { get; } = cells;

    public XlsxCell Cell(int column)
    {
        foreach (var cell in cells)
        {
            if (cell.Column == column)
                return cell;
        }
        return XlsxCell.Blank(column);
    }
}

/// <summary>A worksheet of the upload: its tab name and where its XML is.</summary>
internal sealed record XlsxSheet(string Name, string RelationshipId);
