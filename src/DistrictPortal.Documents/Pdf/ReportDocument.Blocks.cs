using PdfSharp.Drawing;

namespace DistrictPortal.Documents.Pdf;

public sealed partial class ReportDocument
{
    private const double FigureGap = 6;

    /// <summary>Headline figures as a grid of boxes, <paramref name="perRow"/> to a row; a row of boxes never breaks across pages.</summary>
    public ReportDocument Figures(IReadOnlyList<FigureBox> figures, int perRow = 4)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentOutOfRangeException.ThrowIfLessThan(perRow, 1);
        Open();
        var width = (flow.Content.Width - (perRow - 1) * FigureGap) / perRow;
        var inner = width - 2 * ReportStyle.CellPaddingX - 2;
        foreach (var row in figures.Chunk(perRow))
        {
            var labels = row.Select(f => flow.Wrap(f.Label, style.FigureLabel, inner)).ToList();
            var notes = row.Select(f => flow.Wrap(f.Note, style.FigureNote, inner)).ToList();
            var valueFonts = row.Select(f => FitFont(f.Value, inner, 17, 10)).ToList();
            var labelHeight = labels.Max(l => l.Count) * ReportStyle.LineHeight(style.FigureLabel);
            var valueHeight = ReportStyle.LineHeight(FigureFont(17));
            var noteHeight = notes.Max(n => n.Count(line => line.Length > 0)) * ReportStyle.LineHeight(style.FigureNote);
            var height = 8 + labelHeight + valueHeight + noteHeight;
            Begin(height + FigureGap);

            for (var i = 0; i < row.Length; i++)
            {
                var x = flow.Content.Left + i * (width + FigureGap);
                var box = new XRect(x, flow.Y, width, height);
                flow.G.DrawRectangle(new XPen(style.Rule, 0.5), new XSolidBrush(style.FigureFill), box);
                var textX = x + ReportStyle.CellPaddingX + 1;
                var top = flow.Y + 4;
                foreach (var line in labels[i])
                {
                    flow.DrawLine(line, style.FigureLabel, style.Muted, textX, top, inner);
                    top += ReportStyle.LineHeight(style.FigureLabel);
                }
                top = flow.Y + 4 + labelHeight;
                var valueTop = top + (valueHeight - ReportStyle.LineHeight(valueFonts[i])) / 2;
                flow.DrawLine(row[i].Value, valueFonts[i], style.Accent, textX, valueTop, inner);
                top += valueHeight;
                foreach (var line in notes[i])
                {
                    flow.DrawLine(line, style.FigureNote, style.Muted, textX, top, inner);
                    top += ReportStyle.LineHeight(style.FigureNote);
                }
            }
            flow.Y += height + FigureGap;
        }
        return Space(4);
    }

    /// <summary>
    /// A PNG (a chart from the chart renderer) scaled to <paramref name="width"/> points, full content width by default,
    /// keeping its aspect ratio; moved to the next page whole when it does not fit, shrunk if taller than a page.
    /// </summary>
    public ReportDocument Image(byte[] png, string? caption = null, double? width = null)
    {
        ArgumentNullException.ThrowIfNull(png);
        Open();
        var image = XImage.FromStream(new MemoryStream(png, writable: false));
        images.Add(image);

        var captionLines = caption is null ? [] : flow.Wrap(caption, style.Caption, flow.Content.Width);
        var captionHeight = captionLines.Count * ReportStyle.LineHeight(style.Caption);
        var w = Math.Min(width ?? flow.Content.Width, flow.Content.Width);
        var h = w * image.PixelHeight / Math.Max(1, image.PixelWidth);
        var maxHeight = flow.Content.Height - captionHeight - 4 - PendingHeadingHeight;
        if (h > maxHeight)
        {
            w *= maxHeight / h;
            h = maxHeight;
        }
        Begin(h + captionHeight + 4);
        flow.G.DrawImage(image, flow.Content.Left + (flow.Content.Width - w) / 2, flow.Y, w, h);
        flow.Y += h + 2;
        Lines(captionLines, style.Caption, style.Muted, CellAlign.Center);
        return Space(8);
    }

    /// <summary>The largest size from <paramref name="size"/> down to <paramref name="smallest"/> at which a value fits its box.</summary>
    private XFont FitFont(string text, double width, double size, double smallest)
    {
        var font = FigureFont(size);
        while (size > smallest && flow.Measure(text, font) > width)
        {
            size -= 1;
            font = FigureFont(size);
        }
        return font;
    }

    private readonly Dictionary<double, XFont> figureFonts = [];

    private XFont FigureFont(double size)
    {
        if (!figureFonts.TryGetValue(size, out var font))
            figureFonts[size] = font = ReportStyle.Font(size, bold: true);
        return font;
    }
}
