using System.Net;
using System.Text.RegularExpressions;
using DistrictPortal.Web.Infrastructure.DemoData;

namespace DistrictPortal.Web.Tests.Infrastructure;

/// <summary>
/// An HttpClient used the way a browser uses the portal: GET a page, take the anti-forgery token from its form,
/// POST the form back with it.
/// </summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<string> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The anti-forgery token of the first POST form on <paramref name="pageUrl"/>.</summary>
    public async Task<string> TokenFromAsync(string pageUrl)
    {
        var html = await GetPageAsync(pageUrl);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"No anti-forgery token on {pageUrl}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts a form the way the page at <paramref name="tokenPage"/> would (its token included).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? tokenPage = null)
    {
        var token = await TokenFromAsync(tokenPage ?? url);
        return await PostWithoutTokenAsync(url, fields.Append(new("__RequestVerificationToken", token)));
    }

    public Task<HttpResponseMessage> PostWithoutTokenAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        Http.PostAsync(url, new FormUrlEncodedContent(fields));

    /// <summary>Posts the sign-in form with its anti-forgery token; returns the response (302 on success).</summary>
    public Task<HttpResponseMessage> PostLoginAsync(string userName, string password) =>
        PostFormAsync("/account/login", [new("UserName", userName), new("Password", password), new("ReturnUrl", "")]);

    /// <summary>Signs in (demo password by default) and checks that it worked.</summary>
    public async Task<PortalClient> SignInAsync(string userName, string password = DemoAccounts.Password)
    {
        var response = await PostLoginAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Sign-in as {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return this;
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
