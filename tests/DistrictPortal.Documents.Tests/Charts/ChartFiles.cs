using System.Buffers.Binary;
using System.Xml.Linq;
using SkiaSharp;

namespace DistrictPortal.Documents.Tests.Charts;

/// <summary>Checks on rendered chart files: a PNG's header and pixels, an SVG's XML.</summary>
internal static class ChartFiles
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from the IHDR chunk, after checking the signature; then decodes it fully.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 33, "too short for a PNG");
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        return (width, height);
    }

    public static XElement Svg(string svg)
    {
        var root = XElement.Parse(svg);
        Assert.Equal("svg", root.Name.LocalName);
        return root;
    }

    /// <summary>
    /// Every text element names the bundled face. Any label left to ScottPlot's default would be drawn in a system
    /// font, which on a server without CJK fonts means boxes (the SVG and the PNG come from the same plot set-up).
    /// </summary>
    public static void AllTextInBundledFont(XElement root)
    {
        var texts = root.Descendants().Where(e => e.Name.LocalName == "text").ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.StartsWith("WenQuanYi Micro Hei", t.Attribute("font-family")?.Value ?? ""));
    }

    /// <summary>All text the SVG draws, whitespace collapsed.</summary>
    public static string SvgText(XElement root) =>
        string.Join(" ", root.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
}
