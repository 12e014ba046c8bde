using DistrictPortal.Documents.Fonts;
using PdfSharp.Fonts;

namespace DistrictPortal.Documents.Tests.Pdf;

public class PdfFontTests
{
    [Fact]
    public void The_embedded_face_loads_once_as_a_truetype_file()
    {
        var bytes = PortalFonts.TrueTypeBytes;

        Assert.Same(bytes, PortalFonts.TrueTypeBytes);
        // A single-face TrueType file starts 00 01 00 00; a collection (.ttc, which PDFsharp cannot open) with "ttcf".
        Assert.Equal(new byte[] { 0, 1, 0, 0 }, bytes[..4]);
    }

    [Fact]
    public void Registering_with_PDFsharp_is_idempotent_and_safe_from_many_threads()
    {
        Parallel.For(0, 16, _ => PortalFonts.EnsurePdfSharp());

        var resolver = GlobalFontSettings.FontResolver ?? GlobalFontSettings.FallbackFontResolver;
        Assert.NotNull(resolver);
        var info = resolver!.ResolveTypeface(PortalFonts.FamilyName, true, false);
        Assert.NotNull(info);
        Assert.Same(PortalFonts.TrueTypeBytes, resolver.GetFont(info!.FaceName));
    }
}
