using System.Net;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DistrictPortal.Web.Tests.Account;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFactory factory)
{
    private const string Refused = "用户名或密码错误";

    [Fact]
    public async Task Right_password_signs_in_and_the_header_shows_the_user_role_and_scope()
    {
        using var client = factory.NewClient();

        var response = await client.PostLoginAsync("pailou", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("DistrictPortal.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var home = await client.GetPageAsync("/");
        Assert.Contains("牌楼街道报送员", home);
        Assert.Contains("街道办事处", home);
        Assert.Contains("管辖范围：牌楼街道", home);
    }

    [Fact]
    public async Task Sign_in_returns_to_the_page_asked_for_but_never_off_site()
    {
        using var client = factory.NewClient();
        var token = await client.TokenFromAsync("/account/login");
        var local = await client.PostWithoutTokenAsync("/account/login",
            [new("UserName", "pailou"), new("Password", DemoAccounts.Password), new("ReturnUrl", "/estates?q=万安"), new("__RequestVerificationToken", token)]);
        Assert.Equal("/estates?q=万安", local.Headers.Location?.OriginalString);

        using var other = factory.NewClient();
        token = await other.TokenFromAsync("/account/login");
        var offSite = await other.PostWithoutTokenAsync("/account/login",
            [new("UserName", "pailou"), new("Password", DemoAccounts.Password), new("ReturnUrl", "https://evil.example/"), new("__RequestVerificationToken", token)]);
        Assert.Equal("/", offSite.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_message()
    {
        using var client = factory.NewClient();

        var wrongPassword = await client.PostLoginAsync("bureau", "not-the-password");
        var unknownUser = await client.PostLoginAsync("nobody-by-this-name", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownUser.StatusCode);
        var first = Summary(await wrongPassword.Content.ReadAsStringAsync());
        var second = Summary(await unknownUser.Content.ReadAsStringAsync());
        Assert.Contains(Refused, first);
        Assert.Equal(first, second);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused()
    {
        using var client = factory.NewClient();

        for (var i = 1; i <= 4; i++)
        {
            var html = await (await client.PostLoginAsync("xishan", $"wrong-{i}")).Content.ReadAsStringAsync();
            Assert.Contains(Refused, Summary(html));
        }
        var fifth = Summary(await (await client.PostLoginAsync("xishan", "wrong-5")).Content.ReadAsStringAsync());
        var right = await client.PostLoginAsync("xishan", DemoAccounts.Password);

        Assert.Contains(Refused, fifth);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(fifth, Summary(await right.Content.ReadAsStringAsync()));
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/login", home.Headers.Location?.PathAndQuery ?? home.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_sign_in_page_lists_the_demo_accounts_while_demo_data_is_on()
    {
        using var client = factory.NewClient();
        var html = await client.GetPageAsync("/account/login");

        Assert.Contains(DemoAccounts.Password, html);
        Assert.Equal(DemoAccounts.All.Count, Html.OpeningTags(html, "demo-account").Count);
    }

    [Fact]
    public async Task Without_demo_data_the_sign_in_page_lists_no_accounts_and_no_password()
    {
        using var plain = factory.WithWebHostBuilder(b => b.UseSetting("Portal:DemoData", "false"));
        using var client = plain.CreateClient();

        var html = await client.GetStringAsync("/account/login");

        Assert.DoesNotContain(DemoAccounts.Password, html);
        Assert.Empty(Html.OpeningTags(html, "demo-account"));
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = await factory.NewClient().SignInAsync("bureau");

        var response = await client.PostFormAsync("/account/logout", [], tokenPage: "/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/estates")).StatusCode);
    }

    private static string Summary(string html) =>
        Html.Text(System.Text.RegularExpressions.Regex.Match(html,
            "<div class=\"validation-summary[^\"]*\"[^>]*>(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value);
}
