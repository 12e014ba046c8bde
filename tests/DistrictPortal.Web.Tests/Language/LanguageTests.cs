using System.Net;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Language;

[Collection(PortalCollection.Name)]
public sealed class LanguageTests(PortalFactory factory)
{
    [Fact]
    public async Task Chinese_is_the_default_whatever_the_browser_asks_for()
    {
        using var client = factory.NewClient();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var html = await client.GetPageAsync("/account/login");

        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("无物业管理小区清零行动 · 区级管理平台", html);
    }

    [Fact]
    public async Task Switching_to_English_returns_to_the_page_and_persists_in_a_cookie()
    {
        using var client = await factory.NewClient().SignInAsync("yinheshi");

        var response = await client.PostFormAsync("/language", [new("culture", "en"), new("returnUrl", "/estates?sort=Name")], tokenPage: "/estates");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/estates?sort=Name", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        var estates = await client.GetPageAsync("/estates");
        Assert.Contains("<html lang=\"en\">", estates);
        Assert.Contains("Estate registry", estates);
        Assert.Contains("Class 2", estates); // enum labels follow the language
        var home = await client.GetPageAsync("/");
        Assert.Contains("Dashboard", home);
        Assert.Contains("Community officer", home);

        var back = await client.PostFormAsync("/language", [new("culture", "zh-CN"), new("returnUrl", "/")], tokenPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Contains("工作台", await client.GetPageAsync("/"));
    }

    [Fact]
    public async Task An_unsupported_culture_is_ignored_and_an_off_site_return_url_goes_home()
    {
        using var client = factory.NewClient();

        var response = await client.PostFormAsync("/language", [new("culture", "fr"), new("returnUrl", "//evil.example/")], tokenPage: "/account/login");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies)
                     && cookies.Any(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)));
    }
}
