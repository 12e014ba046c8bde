using System.Reflection;

namespace DistrictPortal.Documents.Fonts;

/// <summary>
/// The one CJK face every document and chart uses: WenQuanYi Micro Hei (face 0 of the Debian .ttc, cut out as a
/// .ttf because PDFsharp cannot open a collection), embedded in this assembly so PDFs and charts look the same on
/// every machine whatever fonts it has installed. The bytes are read once; the registrations with PDFsharp and
/// ScottPlot are process-wide and done once, under a lock, on first use.
/// </summary>
public static class PortalFonts
{
    /// <summary>The family name inside the font file; PDFs and SVGs name it so.</summary>
    public const string FamilyName = "WenQuanYi Micro Hei";

    public const string ResourceName = "DistrictPortal.Documents.Fonts.WenQuanYiMicroHei.ttf";

    private static readonly Lazy<byte[]> FontBytes = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly object Gate = new();
    private static bool pdfSharpReady;
    private static bool scottPlotReady;

    /// <summary>The .ttf file's bytes (about 4.6 MB); one shared array, never to be modified.</summary>
    public static byte[] TrueTypeBytes => FontBytes.Value;

    /// <summary>The bundled face as a Skia typeface (what the charts draw with), made once from the embedded bytes.</summary>
    public static SkiaSharp.SKTypeface ChartTypeface => ChartFontResolver.Instance.Typeface;

    /// <summary>
    /// Makes PDFsharp resolve <see cref="FamilyName"/> to the bundled face. Safe to call any number of times from any
    /// thread. When some other code has already installed its own resolver (PDFsharp forbids replacing one that
    /// has been used), ours becomes the fallback resolver, which PDFsharp asks whenever the main one answers null.
    /// </summary>
    public static void EnsurePdfSharp()
    {
        if (Volatile.Read(ref pdfSharpReady))
            return;
        lock (Gate)
        {
            if (pdfSharpReady)
                return;
            var current = PdfSharp.Fonts.GlobalFontSettings.FontResolver;
            if (current is null || current is PdfFontResolver)
                PdfSharp.Fonts.GlobalFontSettings.FontResolver = PdfFontResolver.Instance;
            else if (PdfSharp.Fonts.GlobalFontSettings.FallbackFontResolver is null or PdfFontResolver)
                PdfSharp.Fonts.GlobalFontSettings.FallbackFontResolver = PdfFontResolver.Instance;
            Volatile.Write(ref pdfSharpReady, true);
        }
    }

    /// <summary>
    /// Makes ScottPlot resolve <see cref="FamilyName"/> to the bundled face, read from memory (no temporary file).
    /// Our resolver goes first in ScottPlot's list so an installed copy of the font (or a lookalike) never wins.
    /// </summary>
    public static void EnsureScottPlot()
    {
        if (Volatile.Read(ref scottPlotReady))
            return;
        lock (Gate)
        {
            if (scottPlotReady)
                return;
            if (!ScottPlot.Fonts.FontResolvers.OfType<ChartFontResolver>().Any())
                ScottPlot.Fonts.FontResolvers.Insert(0, ChartFontResolver.Instance);
            Volatile.Write(ref scottPlotReady, true);
        }
    }

    private static byte[] Load()
    {
        using var stream = typeof(PortalFonts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded font {ResourceName} is missing from {typeof(PortalFonts).Assembly.GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
