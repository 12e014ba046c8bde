using DistrictPortal.Documents.Fonts;
using ScottPlot;

namespace DistrictPortal.Documents.Charts;

/// <summary>
/// Shared set-up and output of the portal's charts: a fresh ScottPlot <see cref="Plot"/> per render (plots are not
/// thread-safe), every text in the bundled CJK face, output as SVG for pages and PNG for PDFs. Same data, same
/// size → same bytes: nothing random or time-dependent goes in, and SVG ids are renamed from the content.
/// </summary>
internal static class ChartRenderer
{
    public static readonly Color Accent = Color.FromHex("#1F4E79");
    public static readonly Color Highlight = Color.FromHex("#C55A11");
    public static readonly Color Secondary = Color.FromHex("#7F7F7F");
    public static readonly Color Bar = Color.FromHex("#5B9BD5");
    public static readonly Color Target = Color.FromHex("#C00000");

    public static Plot NewPlot()
    {
        PortalFonts.EnsureScottPlot();
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#E5E5E5");
        return plot;
    }

    /// <summary>Applied last, once every plottable exists: ScottPlot otherwise guesses a system font per label and draws boxes.</summary>
    public static void UseBundledFont(Plot plot)
    {
        plot.Font.Set(PortalFonts.FamilyName);
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.FontName = PortalFonts.FamilyName;
    }

    public static string Svg(Plot plot, ChartSize size, string title, string kind)
    {
        size.Validate();
        plot.ScaleFactor = 1;
        return SvgCleaner.Clean(plot.GetSvgXml(size.Width, size.Height), size, title, kind);
    }

    public static byte[] Png(Plot plot, ChartSize size)
    {
        size.Validate();
        plot.ScaleFactor = size.Scale;
        return plot.GetImageBytes(size.PixelWidth, size.PixelHeight, ImageFormat.Png);
    }
}
