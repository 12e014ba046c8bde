using DistrictPortal.Documents.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DistrictPortal.Documents.Pdf;

/// <summary>Type sizes, colours and page geometry of portal reports: A4 portrait, 2 cm margins, one CJK face.</summary>
internal sealed class ReportStyle
{
    // Unicode encoding always: Chinese needs it, and one encoding means one embedded subset for the whole file.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public const double PageWidth = 595.28;   // A4 in points
    public const double PageHeight = 841.89;
    public const double Margin = 56.69;       // 2 cm
    public const double FooterBaselineFromBottom = 30;
    public const double LineFactor = 1.45;
    public const double CellPaddingX = 4;
    public const double CellPaddingY = 2.5;

    public XFont Title { get; } = Font(18, bold: true);
    public XFont Subtitle { get; } = Font(10.5);
    public XFont Heading { get; } = Font(13, bold: true);
    public XFont Body { get; } = Font(10.5);
    public XFont TableTitle { get; } = Font(10.5, bold: true);
    public XFont TableHeader { get; } = Font(9, bold: true);
    public XFont TableCell { get; } = Font(9);
    public XFont FigureLabel { get; } = Font(8.5);
    public XFont FigureNote { get; } = Font(8);
    public XFont Caption { get; } = Font(9);
    public XFont Footer { get; } = Font(8);

    public XColor Ink { get; } = XColor.FromArgb(0x1A, 0x1A, 0x1A);
    public XColor Muted { get; } = XColor.FromArgb(0x59, 0x59, 0x59);
    public XColor Accent { get; } = XColor.FromArgb(0x1F, 0x4E, 0x79);
    public XColor Rule { get; } = XColor.FromArgb(0xA6, 0xA6, 0xA6);
    public XColor HeaderFill { get; } = XColor.FromArgb(0xE4, 0xEB, 0xF3);
    public XColor StripeFill { get; } = XColor.FromArgb(0xF7, 0xF9, 0xFB);
    public XColor FigureFill { get; } = XColor.FromArgb(0xF3, 0xF6, 0xFA);

    public static XRect Content { get; } = new(Margin, Margin, PageWidth - 2 * Margin, PageHeight - 2 * Margin);

    public static XFont Font(double size, bool bold = false)
    {
        PortalFonts.EnsurePdfSharp();
        return new XFont(PortalFonts.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
    }

    public static double LineHeight(XFont font) => font.Size * LineFactor;
}
