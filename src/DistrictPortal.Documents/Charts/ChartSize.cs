namespace DistrictPortal.Documents.Charts;

/// <summary>
/// A chart's layout size in CSS pixels. SVG is drawn at exactly this size (with a viewBox, so a page may scale it);
/// PNG is drawn at <see cref="Scale"/> times the pixels with the same layout, sharp when printed in a PDF.
/// </summary>
public readonly record struct ChartSize(int Width, int Height, int Scale = 1)
{
    /// <summary>For pages: 800 × 400.</summary>
    public static ChartSize Page { get; } = new(800, 400);

    /// <summary>For A4 PDFs: the page layout at 2× (1600 × 800 px), about 16 cm wide at 250 dpi.</summary>
    public static ChartSize Print { get; } = new(800, 400, 2);

    public int PixelWidth => Width * Scale;
    public int PixelHeight => Height * Scale;

    internal void Validate()
    {
        if (Width is < 50 or > 4000 || Height is < 50 or > 4000 || Scale is < 1 or > 4)
            throw new ArgumentOutOfRangeException(nameof(ChartSize), this, "Width and height 50–4000, scale 1–4.");
    }
}
