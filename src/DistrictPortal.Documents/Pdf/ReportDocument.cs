using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DistrictPortal.Documents.Pdf;

/// <summary>What a report says about itself: its title (PDF metadata), who issues it, when it was generated.</summary>
/// <param name="GeneratedAt">Any offset; the footer prints it as Beijing time (Asia/Shanghai), whatever the server's zone.</param>
public sealed record ReportInfo(string Title, DateTimeOffset GeneratedAt)
{
    public string? Author { get; init; }
    public string? Subject { get; init; }

    /// <summary>Printed at the left of every footer (for instance the snapshot identifier), shortened if too long.</summary>
    public string? FooterNote { get; init; }
}

/// <summary>
/// A small A4 report builder on PDFsharp: blocks are laid out top to bottom as they are added, breaking pages where
/// they no longer fit, and the footers ("第 N 页 / 共 M 页" and the generated time) are written after the last
/// block, when M is known. Chinese wraps by measuring (<see cref="TextWrapper"/>). The one font is embedded as a
/// subset, so a file carries only the glyphs it uses. Not thread-safe; one instance per document.
/// </summary>
public sealed partial class ReportDocument : IDisposable
{
    private readonly ReportInfo info;
    private readonly PdfDocument document = new();
    private readonly PageFlow flow;
    private readonly ReportStyle style = new();
    private readonly List<XImage> images = [];
    private bool saved;
    private bool disposed;
    private IReadOnlyList<string>? pendingHeading;

    public ReportDocument(ReportInfo info)
    {
        this.info = info ?? throw new ArgumentNullException(nameof(info));
        document.Info.Title = info.Title;
        document.Info.Author = info.Author ?? "";
        document.Info.Subject = info.Subject ?? "";
        document.Info.Creator = "DistrictPortal";
        // PDFsharp writes a DateTime with the server's offset: hand it the instant in server-local time.
        document.Info.CreationDate = info.GeneratedAt.LocalDateTime;
        document.Info.ModificationDate = info.GeneratedAt.LocalDateTime;
        document.Options.CompressContentStreams = true;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestCompression;
        flow = new PageFlow(document);
        flow.StartPage();
    }

    /// <summary>Pages laid out so far.</summary>
    public int PageCount => flow.Pages.Count;

    public ReportDocument Title(string text)
    {
        Lines(text, style.Title, style.Ink, CellAlign.Center);
        return Space(4);
    }

    /// <summary>A centred line under the title: the issuing unit, the week, the snapshot.</summary>
    public ReportDocument Subtitle(string text) => Lines(text, style.Subtitle, style.Muted, CellAlign.Center);

    /// <summary>
    /// A section heading. It is drawn together with the first part of the block that follows (three lines of a
    /// paragraph, a row of figures, a table's header and first row, a whole image), so it never ends a page alone.
    /// </summary>
    public ReportDocument Heading(string text)
    {
        Open();
        DrawPendingHeading();
        pendingHeading = flow.Wrap(text, style.Heading, flow.Content.Width);
        return this;
    }

    public ReportDocument Paragraph(string text)
    {
        Lines(text, style.Body, style.Ink, CellAlign.Left);
        return Space(4);
    }

    /// <summary>A small grey paragraph: a source, a caveat, a rule.</summary>
    public ReportDocument Note(string text)
    {
        Lines(text, style.Caption, style.Muted, CellAlign.Left);
        return Space(4);
    }

    public ReportDocument Space(double points)
    {
        Open();
        DrawPendingHeading();
        flow.Y = Math.Min(flow.Y + points, flow.Content.Bottom);
        return this;
    }

    public ReportDocument PageBreak()
    {
        Open();
        DrawPendingHeading();
        if (!flow.AtTop)
            flow.StartPage();
        return this;
    }

    /// <summary>Writes the footers of every page and saves the PDF. The document cannot be added to afterwards.</summary>
    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Open();
        DrawPendingHeading();
        saved = true;
        flow.Close();
        WriteFooters();
        document.Save(output, closeStream: false);
    }

    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
        flow.Dispose();
        foreach (var image in images)
            image.Dispose();
        document.Dispose();
    }

    private ReportDocument Lines(string text, XFont font, XColor color, CellAlign align)
    {
        Open();
        return Lines(flow.Wrap(text, font, flow.Content.Width), font, color, align);
    }

    private ReportDocument Lines(IReadOnlyList<string> lines, XFont font, XColor color, CellAlign align)
    {
        var lineHeight = ReportStyle.LineHeight(font);
        Begin(Math.Min(3, lines.Count) * lineHeight);
        foreach (var line in lines)
        {
            flow.Ensure(lineHeight);
            flow.DrawLine(line, font, color, flow.Content.Left, flow.Y, flow.Content.Width, align);
            flow.Y += lineHeight;
        }
        return this;
    }

    /// <summary>
    /// Starts a block whose first part, <paramref name="height"/> high, must not be split: a new page unless it fits,
    /// and a pending heading goes down first, on the same page.
    /// </summary>
    private void Begin(double height)
    {
        if (pendingHeading is null)
        {
            flow.Ensure(height);
            return;
        }
        flow.Ensure(PendingHeadingHeight + height);
        DrawPendingHeading();
    }

    private double PendingHeadingHeight =>
        pendingHeading is null ? 0 : HeadingGap + pendingHeading.Count * ReportStyle.LineHeight(style.Heading) + HeadingRuleGap;

    private const double HeadingGap = 8;
    private const double HeadingRuleGap = 4;

    private void DrawPendingHeading()
    {
        if (pendingHeading is not { } lines)
            return;
        pendingHeading = null;
        var lineHeight = ReportStyle.LineHeight(style.Heading);
        flow.Ensure(HeadingGap + lines.Count * lineHeight + HeadingRuleGap);
        if (!flow.AtTop)
            flow.Y += HeadingGap;
        foreach (var line in lines)
        {
            flow.DrawLine(line, style.Heading, style.Accent, flow.Content.Left, flow.Y, flow.Content.Width);
            flow.Y += lineHeight;
        }
        flow.G.DrawLine(new XPen(style.Accent, 0.75), flow.Content.Left, flow.Y, flow.Content.Right, flow.Y);
        flow.Y += HeadingRuleGap;
    }

    private void Open()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (saved)
            throw new InvalidOperationException("The report has been saved; nothing more can be added.");
    }

    internal static DateTimeOffset ShanghaiTime(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Core.Campaigns.ReportingCalendar.ShanghaiZone);
}
