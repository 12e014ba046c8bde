using DistrictPortal.Documents.Fonts;
using SkiaSharp;

namespace DistrictPortal.Documents.Tests.Charts;

public class ChartFontTests
{
    [Fact]
    public void ScottPlot_resolves_the_family_to_the_bundled_face_even_where_the_font_is_installed()
    {
        PortalFonts.EnsureScottPlot();
        PortalFonts.EnsureScottPlot();

        var typeface = ScottPlot.Fonts.GetTypeface(PortalFonts.FamilyName, bold: false, italic: false);

        Assert.Same(PortalFonts.ChartTypeface, typeface);
        Assert.Single(ScottPlot.Fonts.FontResolvers, r => r.GetType().Name == "ChartFontResolver");
        Assert.Equal(PortalFonts.FamilyName, typeface.FamilyName);
    }

    [Fact]
    public void The_bundled_face_has_every_glyph_the_charts_and_briefings_print()
    {
        PortalFonts.EnsureScottPlot();
        using var font = new SKFont(PortalFonts.ChartTypeface);
        const string text = "牌楼街道印盒石观音岩万安石峰村太平大河沟搭马桥袁家墩清零率走势排名目标统计周截至周五无台账全区（%）▲▼，。、；：第页共";

        var glyphs = font.GetGlyphs(text);

        Assert.DoesNotContain((ushort)0, glyphs);
    }
}
