using System.Globalization;
using PdfSharp.Drawing;

namespace DistrictPortal.Documents.Pdf;

public sealed partial class ReportDocument
{
    /// <summary>"第 N 页 / 共 M 页", the form every footer uses.</summary>
    public static string PageLabel(int page, int pages) => $"第 {page} 页 / 共 {pages} 页";

    /// <summary>"生成时间 2026-11-27 18:05（北京时间）".</summary>
    public static string GeneratedLabel(DateTimeOffset generatedAt) =>
        $"生成时间 {ShanghaiTime(generatedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}（北京时间）";

    // Second pass: every page already exists, so the total is known; each page is reopened to append its footer.
    private void WriteFooters()
    {
        var total = flow.Pages.Count;
        var font = style.Footer;
        var brush = new XSolidBrush(style.Muted);
        var pen = new XPen(style.Rule, 0.5);
        var content = ReportStyle.Content;
        var ruleY = ReportStyle.PageHeight - ReportStyle.FooterBaselineFromBottom - font.GetHeight() - 3;
        var textTop = ruleY + 3;
        var generated = GeneratedLabel(info.GeneratedAt);

        for (var i = 0; i < total; i++)
        {
            using var g = XGraphics.FromPdfPage(flow.Pages[i], XGraphicsPdfPageOptions.Append);
            g.DrawLine(pen, content.Left, ruleY, content.Right, ruleY);

            // Drawn left to right, so text extraction reads the footer in order.
            var center = PageLabel(i + 1, total);
            var centerWidth = g.MeasureString(center, font).Width;
            if (!string.IsNullOrWhiteSpace(info.FooterNote))
            {
                var room = (content.Width - centerWidth) / 2 - 8;
                var note = Shorten(info.FooterNote, room, s => g.MeasureString(s, font).Width);
                g.DrawString(note, font, brush, content.Left, textTop, XStringFormats.TopLeft);
            }
            g.DrawString(center, font, brush, content.Left + (content.Width - centerWidth) / 2, textTop, XStringFormats.TopLeft);
            var generatedWidth = g.MeasureString(generated, font).Width;
            g.DrawString(generated, font, brush, content.Right - generatedWidth, textTop, XStringFormats.TopLeft);
        }
    }

    /// <summary>The text itself when it fits, else as much of it as fits followed by "…".</summary>
    internal static string Shorten(string text, double width, Func<string, double> measure)
    {
        if (measure(text) <= width)
            return text;
        var runes = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        for (var n = runes.Count - 1; n > 0; n--)
        {
            var candidate = string.Concat(runes.Take(n)) + "…";
            if (measure(candidate) <= width)
                return candidate;
        }
        return "…";
    }
}
