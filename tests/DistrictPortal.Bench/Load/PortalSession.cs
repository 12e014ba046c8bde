using System.Net;
using System.Text.RegularExpressions;

namespace DistrictPortal.Bench.Load;

/// <summary>
/// One browser's worth of HTTP: its own cookie jar, no automatic redirects (a 302 is an answer to check), signed in
/// through the real sign-in form with its anti-forgery token, as a person would.
/// </summary>
internal sealed partial class PortalSession(Uri baseAddress) : IDisposable
{
    public HttpClient Http { get; } = new(new SocketsHttpHandler
    {
        CookieContainer = new CookieContainer(),
        UseCookies = true,
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = 64,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(2),
    };

    public static async Task<PortalSession> SignInAsync(Uri baseAddress, string userName, string password)
    {
        var session = new PortalSession(baseAddress);
        var page = await session.Http.GetStringAsync("/account/login");
        using var response = await session.Http.PostAsync("/account/login", new FormUrlEncodedContent(
        [
            new("UserName", userName), new("Password", password), new("ReturnUrl", ""), new(TokenField, Token(page)),
        ]));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            session.Dispose();
            throw new InvalidOperationException($"Signing in as {userName} answered {(int)response.StatusCode}, not a redirect.");
        }
        return session;
    }

    public const string TokenField = "__RequestVerificationToken";

    /// <summary>The anti-forgery token of the first form on the page.</summary>
    public static string Token(string html)
    {
        var tag = TokenInput().Match(html).Value;
        var value = ValueAttribute().Match(tag);
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : throw new InvalidOperationException("The page has no anti-forgery token.");
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex TokenInput();

    [GeneratedRegex("\\svalue=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
