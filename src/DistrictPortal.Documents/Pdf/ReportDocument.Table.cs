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

        var layout = new TableLayout(table, flow.Content.Left, flow.Content.Width, s => flow.Measure(s, style.TableCell));
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

    /// <summary>
    /// Column positions: the relative widths scaled to the content width, except that a column of figures is never
    /// narrower than its widest figure (measured), so "50,617,283.94" never breaks onto a second line; the width it
    /// takes comes from the text columns, which wrap. When even that does not fit, the scaled widths stand.
    /// </summary>
    private sealed class TableLayout
    {
        public TableLayout(ReportTable table, double left, double width, Func<string, double> measure)
        {
            Columns = table.Columns;
            Left = left;
            Width = width;
            var weights = Columns.Select(c => c.Width > 0 && double.IsFinite(c.Width) ? c.Width : 1).ToArray();
            var sum = weights.Sum();
            W = weights.Select(w => width * w / sum).ToArray();
            KeepFiguresWhole(table, measure);
            X = new double[W.Length];
            for (var i = 0; i < W.Length; i++)
                X[i] = i == 0 ? left : X[i - 1] + W[i - 1];
        }

        private void KeepFiguresWhole(ReportTable table, Func<string, double> measure)
        {
            var need = new double[W.Length];
            for (var c = 0; c < W.Length; c++)
            {
                if (Columns[c].Align != CellAlign.Right)
                    continue;
                var widest = table.Rows.Select(r => c < r.Count ? r[c] : null)
                    .Where(t => !string.IsNullOrEmpty(t)).Select(t => measure(t!)).DefaultIfEmpty(0).Max();
                need[c] = widest + 2 * ReportStyle.CellPaddingX + 1;
            }
            var extra = Enumerable.Range(0, W.Length).Sum(c => Math.Max(0, need[c] - W[c]));
            if (extra <= 0)
                return;
            var flexible = Enumerable.Range(0, W.Length).Where(c => Columns[c].Align != CellAlign.Right).ToList();
            var give = flexible.Sum(c => W[c] * 0.5); // a text column keeps at least half its share
            if (give < extra)
                return;
            var flexibleWidth = flexible.Sum(f => W[f]);
            for (var c = 0; c < W.Length; c++)
                W[c] = Columns[c].Align == CellAlign.Right ? Math.Max(W[c], need[c]) : W[c] - extra * (W[c] / flexibleWidth);
        }

        public IReadOnlyList<ReportColumn> Columns { get; }
        public double Left { get; }
        public double Width { get; }
        public double[] X { get; }
        public double[] W { get; }
    }
}
