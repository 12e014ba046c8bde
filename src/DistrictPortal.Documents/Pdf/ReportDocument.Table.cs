using PdfSharp.Drawing;

namespace DistrictPortal.Documents.Pdf;

public sealed partial class ReportDocument
{
    /// <summary>
    /// A table across as many pages as it needs. Rows are kept whole where they fit on a page; a row taller than a
    /// page is split between lines. Every page the table reaches starts with its title ("（续）") and header row.
    /// </summary>
    public ReportDocument Table(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Open();
        if (table.Columns.Count == 0)
            throw new ArgumentException("A table needs at least one column.", nameof(table));

        var layout = new TableLayout(table, flow.Content.Left, flow.Content.Width);
        var cellFont = style.TableCell;
        var lineHeight = ReportStyle.LineHeight(cellFont);
        var header = WrapCells(layout, table.Columns.Select(c => c.Header).ToList(), style.TableHeader);
        var headerHeight = RowHeight(header, ReportStyle.LineHeight(style.TableHeader));
        var titleHeight = ReportStyle.LineHeight(style.TableTitle) + 2;

        var first = table.Rows.Count > 0 ? WrapCells(layout, table.Rows[0], cellFont) : null;
        Begin(titleHeight + headerHeight + (first is null ? lineHeight : RowHeight(first, lineHeight)) + 2 * ReportStyle.CellPaddingY);
        TableTop(table.Title, layout, header);

        if (table.Rows.Count == 0)
        {
            var height = lineHeight + 2 * ReportStyle.CellPaddingY;
            var rect = new XRect(layout.Left, flow.Y, layout.Width, height);
            flow.G.DrawRectangle(new XPen(style.Rule, 0.5), rect);
            flow.DrawLine(table.EmptyText, cellFont, style.Muted, layout.Left, flow.Y + ReportStyle.CellPaddingY, layout.Width, CellAlign.Center);
            flow.Y += height;
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = r == 0 && first is not null ? first : WrapCells(layout, table.Rows[r], cellFont);
            var lines = cells.Max(c => c.Count);
            var start = 0;
            var freshPage = false;
            while (start < lines)
            {
                var fitting = (int)Math.Floor((flow.Remaining - 2 * ReportStyle.CellPaddingY + 0.01) / lineHeight);
                var rest = lines - start;
                var restFitsOnFreshPage = rest * lineHeight + 2 * ReportStyle.CellPaddingY <= flow.Content.Height - titleHeight - headerHeight;
                // Keep the row whole by moving it to the next page, unless even a fresh page cannot hold it.
                if (fitting < rest && !freshPage && (restFitsOnFreshPage || fitting < 1))
                {
                    flow.StartPage();
                    TableTop(table.Title + "（续）", layout, header);
                    freshPage = true;
                    continue;
                }
                var count = Math.Clamp(fitting, 1, rest);
                DrawRow(layout, table.Columns, cells, start, count, cellFont, r % 2 == 1 ? style.StripeFill : (XColor?)null);
                start += count;
                freshPage = false;
            }
        }

        if (!string.IsNullOrWhiteSpace(table.Note))
        {
            flow.Y += 2;
            Lines(flow.Wrap(table.Note, style.Caption, flow.Content.Width), style.Caption, style.Muted, CellAlign.Left);
        }
        return Space(10);
    }

    private void TableTop(string title, TableLayout layout, List<IReadOnlyList<string>> header)
    {
        var titleLine = Shorten(title, layout.Width, s => flow.Measure(s, style.TableTitle));
        flow.DrawLine(titleLine, style.TableTitle, style.Ink, layout.Left, flow.Y, layout.Width);
        flow.Y += ReportStyle.LineHeight(style.TableTitle) + 2;

        var headerLines = header.Max(c => c.Count);
        DrawRow(layout, layout.Columns, header, 0, headerLines, style.TableHeader, style.HeaderFill);
    }

    private void DrawRow(
        TableLayout layout, IReadOnlyList<ReportColumn> columns, List<IReadOnlyList<string>> cells,
        int firstLine, int lineCount, XFont font, XColor? fill)
    {
        var lineHeight = ReportStyle.LineHeight(font);
        var height = lineCount * lineHeight + 2 * ReportStyle.CellPaddingY;
        var pen = new XPen(style.Rule, 0.5);
        for (var c = 0; c < columns.Count; c++)
        {
            var rect = new XRect(layout.X[c], flow.Y, layout.W[c], height);
            if (fill is { } color)
                flow.G.DrawRectangle(new XSolidBrush(color), rect);
            flow.G.DrawRectangle(pen, rect);
            var inner = layout.W[c] - 2 * ReportStyle.CellPaddingX;
            for (var l = 0; l < lineCount && firstLine + l < cells[c].Count; l++)
            {
                var top = flow.Y + ReportStyle.CellPaddingY + l * lineHeight;
                flow.DrawLine(cells[c][firstLine + l], font, style.Ink, layout.X[c] + ReportStyle.CellPaddingX, top, inner, columns[c].Align);
            }
        }
        flow.Y += height;
    }

    private List<IReadOnlyList<string>> WrapCells(TableLayout layout, IReadOnlyList<string?> row, XFont font)
    {
        var cells = new List<IReadOnlyList<string>>(layout.Columns.Count);
        for (var c = 0; c < layout.Columns.Count; c++)
        {
            var text = c < row.Count ? row[c] : null;
            cells.Add(flow.Wrap(text, font, layout.W[c] - 2 * ReportStyle.CellPaddingX));
        }
        return cells;
    }

    private static double RowHeight(List<IReadOnlyList<string>> cells, double lineHeight) =>
        cells.Max(c => c.Count) * lineHeight + 2 * ReportStyle.CellPaddingY;

    /// <summary>Column positions: the relative widths scaled to the content width.</summary>
    private sealed class TableLayout
    {
        public TableLayout(ReportTable table, double left, double width)
        {
            Columns = table.Columns;
            Left = left;
            Width = width;
            var weights = Columns.Select(c => c.Width > 0 && double.IsFinite(c.Width) ? c.Width : 1).ToArray();
            var sum = weights.Sum();
            W = weights.Select(w => width * w / sum).ToArray();
            X = new double[W.Length];
            for (var i = 0; i < W.Length; i++)
                X[i] = i == 0 ? left : X[i - 1] + W[i - 1];
        }

        public IReadOnlyList<ReportColumn> Columns { get; }
        public double Left { get; }
        public double Width { get; }
        public double[] X { get; }
        public double[] W { get; }
    }
}
