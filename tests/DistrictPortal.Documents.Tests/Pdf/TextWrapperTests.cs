using System.Text;
using System.Text.RegularExpressions;
using DistrictPortal.Documents.Pdf;

namespace DistrictPortal.Documents.Tests.Pdf;

public class TextWrapperTests
{
    // A CJK character is 10 wide, anything else 5: widths are easy to reason about.
    private static double Measure(string s) => s.EnumerateRunes().Sum(r => TextWrapper.IsCjk(r) ? 10d : 5d);

    private static IReadOnlyList<string> Wrap(string text, double width) => TextWrapper.Wrap(text, width, Measure);

    [Fact]
    public void Chinese_breaks_between_any_two_characters_and_every_line_fits()
    {
        var lines = Wrap("街道负责社区落实小区共治全面清零", 50);

        Assert.Equal(["街道负责社", "区落实小区", "共治全面清", "零"], lines);
        Assert.All(lines, l => Assert.True(Measure(l) <= 50));
    }

    [Fact]
    public void A_comma_never_starts_a_line_it_stays_with_the_character_before_it()
    {
        // Without the rule the break falls right before "，": "一二三四五" | "，六七".
        var lines = Wrap("一二三四五，六七", 50);

        Assert.Equal(["一二三四", "五，六七"], lines);
        Assert.DoesNotContain(lines, l => l.StartsWith('，'));
    }

    [Theory]
    [InlineData("。")]
    [InlineData("、")]
    [InlineData("；")]
    [InlineData("：")]
    [InlineData("！")]
    [InlineData("？")]
    [InlineData("）")]
    [InlineData("」")]
    [InlineData("》")]
    public void No_closing_punctuation_starts_a_line(string mark)
    {
        for (var width = 20; width <= 120; width += 10)
        {
            var lines = Wrap($"清零行动{mark}街道报送{mark}社区落实{mark}小区共治{mark}", width);
            Assert.DoesNotContain(lines, l => l.StartsWith(mark, StringComparison.Ordinal));
            Assert.Equal($"清零行动{mark}街道报送{mark}社区落实{mark}小区共治{mark}", string.Concat(lines));
        }
    }

    [Fact]
    public void An_opening_bracket_never_ends_a_line()
    {
        var lines = Wrap("一二三四《五六》", 50);

        Assert.DoesNotContain(lines, l => l.EndsWith('《'));
        Assert.Equal("一二三四《五六》", string.Concat(lines));
    }

    [Fact]
    public void Numbers_and_Latin_words_stay_whole_at_every_width()
    {
        const string text = "截至2026-11-27，清零率66.7%，覆盖12,345户，较上周▲2位，详见P11和report-v2。";
        string[] units = ["2026-11-27，", "66.7%，", "12,345", "▲2", "P11", "report-v2。"];
        for (var width = 60; width <= 300; width += 5)
        {
            var lines = Wrap(text, width);
            Assert.Equal(text, string.Concat(lines));
            foreach (var unit in units)
                Assert.Contains(lines, l => l.Contains(unit, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Spaces_between_words_are_break_points_and_vanish_at_the_break()
    {
        var lines = Wrap("alpha beta gamma delta", 55);

        Assert.Equal(["alpha beta", "gamma delta"], lines);
    }

    [Fact]
    public void Only_a_unit_wider_than_the_whole_line_is_cut()
    {
        var lines = Wrap("编号 ABCDEFGHIJKLMNOPQRST 结束", 50);

        Assert.All(lines, l => Assert.True(Measure(l) <= 50, l));
        Assert.Equal("编号ABCDEFGHIJKLMNOPQRST结束", string.Concat(lines).Replace(" ", ""));
    }

    [Fact]
    public void Hard_line_breaks_are_kept_and_an_empty_text_is_one_empty_line()
    {
        Assert.Equal(["第一行", "", "第三行"], Wrap("第一行\r\n\n第三行", 100));
        Assert.Equal([""], Wrap("", 100));
        Assert.Equal([""], TextWrapper.Wrap(null, 100, Measure));
    }

    [Fact]
    public void Long_mixed_paragraphs_never_cut_a_number_or_start_a_line_with_closing_punctuation()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 60; i++)
            text.Append($"第{i}批小区{i * 37 % 1000}.{i % 10}平方米，完成率{i * 1.7:0.0}%；");
        var source = text.ToString();
        var numbers = Regex.Matches(source, @"\d[\d.,]*").Select(m => m.Value).ToList();

        for (var width = 40; width <= 400; width += 7)
        {
            var lines = Wrap(source, width);
            Assert.Equal(source, string.Concat(lines));
            Assert.DoesNotContain(lines, l => l.Length > 0 && TextWrapper.NoLineStart.Contains(l[0]));
            Assert.Equal(numbers, Regex.Matches(string.Join("\n", lines), @"\d[\d.,]*").Select(m => m.Value).ToList());
        }
    }
}
