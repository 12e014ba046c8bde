using DistrictPortal.Documents.Import.Xlsx;

namespace DistrictPortal.Documents.Import;

/// <summary>
/// Finds the header row of a sheet: the first of its top rows whose cells name every column asked for. Titles and
/// scope lines above it (as the template and the exports write them) are skipped.
/// </summary>
internal static class HeaderRow
{
    public const int RowsSearched = 10;

    /// <summary>The header row number and each header cell's text by column, or null. Reads the sheet's top rows only.</summary>
    public static (int Row, IReadOnlyList<(int Column, string Text)> Cells)? Find(IEnumerable<XlsxRow> rows, Func<IReadOnlyList<string>, bool> isHeader)
    {
        foreach (var row in rows)
        {
            if (row.Number > RowsSearched)
                break;
            var cells = row.Cells
                .Select(c => (c.Column, Text: CellText.Read(c)))
                .Where(c => c.Text.Length > 0)
                .ToList();
            if (isHeader(cells.Select(c => c.Text).ToList()))
                return (row.Number, cells);
        }
        return null;
    }

    /// <summary>"合计", "合 计", "总计：" — a stated-totals row.</summary>
    public static bool IsTotal(string text) => CellText.Key(text) is var key && (key.StartsWith("合计", StringComparison.Ordinal) || key.StartsWith("总计", StringComparison.Ordinal));

    public static bool IsSubtotal(string text) => CellText.Key(text).StartsWith("小计", StringComparison.Ordinal);
}
