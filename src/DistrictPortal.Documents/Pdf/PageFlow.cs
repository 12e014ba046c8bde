using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DistrictPortal.Documents.Pdf;

/// <summary>
/// The cursor of a report being laid out: the current page, its graphics and how far down the content area we are.
/// Content is drawn top to bottom in one pass; footers are added afterwards (see ReportDocument.Save), when the
/// page count is known.
/// </summary>
internal sealed class PageFlow(PdfDocument document) : IDisposable
{
    private readonly Dictionary<(XFont, string), double> widths = [];
    private XGraphics? graphics;

    public List<PdfPage> Pages { get; } = [];
    public XRect Content => ReportStyle.Content;
    public double Y { get; set; }
    public double Remaining => Content.Bottom - Y;
    public bool AtTop => Y <= Content.Top + 0.5;

    public XGraphics G => graphics ?? StartPage();

    public XGraphics StartPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        Pages.Add(page);
        graphics = XGraphics.FromPdfPage(page);
        Y = Content.Top;
        return graphics;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits here (or we are already at the top of a page).</summary>
    public void Ensure(double height)
    {
        if (graphics is null)
            StartPage();
        else if (height > Remaining + 0.01 && !AtTop)
            StartPage();
    }

    /// <summary>Width of a string, cached: a briefing measures the same figures and characters thousands of times.</summary>
    public double Measure(string text, XFont font)
    {
        if (text.Length == 0)
            return 0;
        if (!widths.TryGetValue((font, text), out var width))
        {
            width = G.MeasureString(text, font).Width;
            widths[(font, text)] = width;
        }
        return width;
    }

    public IReadOnlyList<string> Wrap(string? text, XFont font, double width) =>
        TextWrapper.Wrap(text, width, s => Measure(s, font));

    /// <summary>Draws one line of text in a box <paramref name="width"/> wide whose top is <paramref name="top"/>.</summary>
    public void DrawLine(string text, XFont font, XColor color, double x, double top, double width, CellAlign align = CellAlign.Left)
    {
        if (text.Length == 0)
            return;
        var lineHeight = ReportStyle.LineHeight(font);
        var dx = align switch
        {
            CellAlign.Right => width - Measure(text, font),
            CellAlign.Center => (width - Measure(text, font)) / 2,
            _ => 0,
        };
        var y = top + (lineHeight - font.GetHeight()) / 2;
        G.DrawString(text, font, new XSolidBrush(color), x + dx, y, XStringFormats.TopLeft);
    }

    public void Close()
    {
        graphics?.Dispose();
        graphics = null;
    }

    public void Dispose() => Close();
}
