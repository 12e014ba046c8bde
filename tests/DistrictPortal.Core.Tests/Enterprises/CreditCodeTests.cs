using DistrictPortal.Core.Enterprises;

namespace DistrictPortal.Core.Tests.Enterprises;

/// <summary>统一社会信用代码 (GB 32100-2015): form and check character.</summary>
public sealed class CreditCodeTests
{
    // Published codes: the standard's own example and a central state-owned enterprise's.
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("911100007109311097")]
    public void Published_codes_pass(string code) => Assert.Equal(CreditCodeProblem.None, CreditCode.Check(code));

    [Fact]
    public void Every_single_mistyped_character_and_every_swap_of_neighbours_is_caught()
    {
        const string good = "91350100M000100Y43";
        for (var i = 0; i < good.Length; i++)
        {
            foreach (var c in CreditCode.Alphabet.Where(c => c != good[i]))
            {
                var typed = good[..i] + c + good[(i + 1)..];
                Assert.NotEqual(CreditCodeProblem.None, CreditCode.Check(typed));
            }
        }
        for (var i = 0; i < good.Length - 1; i++)
        {
            if (good[i] == good[i + 1])
                continue;
            var swapped = good[..i] + good[i + 1] + good[i] + good[(i + 2)..];
            Assert.NotEqual(CreditCodeProblem.None, CreditCode.Check(swapped));
        }
    }

    [Theory]
    [InlineData("91350100M000100Y4", CreditCodeProblem.Length)]
    [InlineData("91350100M000100Y433", CreditCodeProblem.Length)]
    [InlineData("91350100M000100I43", CreditCodeProblem.Characters)]
    [InlineData("91350100M000100O43", CreditCodeProblem.Characters)]
    [InlineData("9135A100M000100Y43", CreditCodeProblem.Division)]
    [InlineData("91350100M000100Y44", CreditCodeProblem.CheckDigit)]
    public void A_wrong_code_says_what_is_wrong(string code, CreditCodeProblem problem) => Assert.Equal(problem, CreditCode.Check(code));

    [Fact]
    public void Typed_codes_are_upper_cased_without_blanks_and_full_width_becomes_half_width()
    {
        Assert.Equal("91350100M000100Y43", CreditCode.Normalise(" 9135 0100m000100y43 "));
        Assert.Equal("91350100M000100Y43", CreditCode.Normalise("９１３５０１００Ｍ０００１００Ｙ４３"));
        Assert.Null(CreditCode.Normalise(null));
    }

    [Fact]
    public void The_check_character_of_a_remainder_of_zero_is_zero()
    {
        // 31 - 0 would be 31, which is not a character: the standard writes 0.
        Assert.Equal('0', CreditCode.CheckCharacter("00000000000000000"));
        Assert.Equal(CreditCodeProblem.None, CreditCode.Check("000000000000000000"));
    }
}
