using ClosedXML.Excel;

namespace DistrictPortal.Documents.Import;

/// <summary>
/// Finds the header row of a sheet: the first of its top rows whose cells name every column asked for. Titles and
/// scope lines above it (as the template and the exports write them) are skipped.
/// </summary>
internal static class HeaderRow
{
    public const int RowsSearched = 10;

    /// <summary>The header row number and each header cell's text by column, or null.</summary>
    public static (int Row, IReadOnlyList<(int Column, string Text)> Cells)? Find(IXLWorksheet sheet, Func<IReadOnlyList<string>, bool> isHeader)
    {
        var lastRow = Math.Min(RowsSearched, sheet.LastRowUsed()?.RowNumber() ?? 0);
        for (var row = 1; row <= lastRow; row++)
        {
            var cells = sheet.Row(row).CellsUsed()
                .Select(c => (Column: c.Address.ColumnNumber, Text: CellText.Read(c)))
                .Where(c => c.Text.Length > 0)
                .ToList();
            if (isHeader(cells.Select(c => c.Text).ToList()))
                return (row, cells);
        }
        return null;
    }

    /// <summary>"合计", "合 计", "总计：" — a stated-totals row.</summary>
    public static bool IsTotal(string text) => CellText.Key(text) is var key && (key.StartsWith("合计", StringComparison.Ordinal) || key.StartsWith("总计", StringComparison.Ordinal));

    public static bool IsSubtotal(string text) => CellText.Key(text).StartsWith("小计", StringComparison.Ordinal);
}
