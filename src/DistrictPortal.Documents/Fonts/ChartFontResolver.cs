using ScottPlot;
using SkiaSharp;

namespace DistrictPortal.Documents.Fonts;

/// <summary>ScottPlot's view of the bundled face: one Skia typeface made from the embedded bytes, for <see cref="PortalFonts.FamilyName"/> only.</summary>
internal sealed class ChartFontResolver : IFontResolver
{
    public static ChartFontResolver Instance { get; } = new();

    private readonly Lazy<SKTypeface> typeface = new(
        () => SKTypeface.FromData(SKData.CreateCopy(PortalFonts.TrueTypeBytes))
            ?? throw new InvalidOperationException("Skia could not read the bundled font."),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private ChartFontResolver() { }

    public SKTypeface Typeface => typeface.Value;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        string.Equals(fontName, PortalFonts.FamilyName, StringComparison.OrdinalIgnoreCase) ? typeface.Value : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        CreateTypeface(fontName, FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);
}
