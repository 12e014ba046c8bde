using PdfSharp.Fonts;

namespace DistrictPortal.Documents.Fonts;

/// <summary>
/// PDFsharp's view of the bundled face. Every family maps to it: the portal ships one face, and on a server with no
/// fonts a request for "Arial" should still print Chinese rather than throw. Bold and italic are simulated by PDFsharp.
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    public const string FaceName = "DistrictPortal.WenQuanYiMicroHei";

    public static PdfFontResolver Instance { get; } = new();

    private PdfFontResolver() { }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(FaceName, isBold, isItalic);

    public byte[]? GetFont(string faceName) => faceName == FaceName ? PortalFonts.TrueTypeBytes : null;
}
