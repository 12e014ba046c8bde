using DistrictPortal.Core.Identity;

namespace DistrictPortal.Core.Tests.Identity;

public sealed class PasswordRuleTests
{
    [Theory]
    [InlineData("12345678")]          // eight digits: the old minimum
    [InlineData("password")]
    [InlineData("Demo#2026")]         // the published demo password, for a new account
    [InlineData("elevenchars")]
    public void Under_twelve_characters_is_too_short(string password)
    {
        var error = Assert.Single(PasswordRule.Check("Password", password, "someone"), e => e.Code == PasswordRule.TooShort);
        Assert.Equal(("Password", PasswordRule.MinLength), (error.Field, (int)error.Args[0]));
    }

    [Theory]
    [InlineData("zhangwei", "zhangwei2026!")]
    [InlineData("zhangwei", "My-ZHANGWEI-passphrase")]
    [InlineData("pailou-officer", "PAILOU-OFFICER")]
    public void Containing_the_user_name_in_any_case_is_refused(string userName, string password) =>
        Assert.Contains(PasswordRule.Check("Password", password, userName), e => e.Code == PasswordRule.ContainsUserName);

    [Theory]
    [InlineData("password1234")]
    [InlineData("123456789012")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("Qwertyuiopasdfgh")]  // the list is compared without case
    public void A_common_password_is_refused_even_when_long_enough(string password) =>
        Assert.Equal([PasswordRule.Common], PasswordRule.Check("Password", password, "someone").Select(e => e.Code));

    [Theory]
    [InlineData("牌楼街道每周五报送进度")] // eleven Chinese characters: still too short, counted as characters
    public void Length_counts_characters_not_bytes(string password) =>
        Assert.Contains(PasswordRule.Check("Password", password, "someone"), e => e.Code == PasswordRule.TooShort);

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("牌楼街道每周五下午五点前报送进度")]
    [InlineData("Wuyeguanli-2026-qingling")]
    public void A_long_uncommon_passphrase_is_accepted(string password) =>
        Assert.Empty(PasswordRule.Check("Password", password, "pailou"));

    [Fact]
    public void Longer_than_the_maximum_is_refused() =>
        Assert.Contains(PasswordRule.Check("Password", new string('x', PasswordRule.MaxLength) + "y", "someone"), e => e.Code == PasswordRule.TooLong);

    [Fact]
    public void Empty_is_too_short_and_nothing_else() =>
        Assert.Equal([PasswordRule.TooShort], PasswordRule.Check("Password", "", "someone").Select(e => e.Code));

    [Fact]
    public void The_shipped_list_is_embedded_whole() =>
        Assert.True(PasswordRule.CommonPasswordCount > 40_000, $"{PasswordRule.CommonPasswordCount} passwords embedded");
}
