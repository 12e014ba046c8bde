using System.Net;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Security;

[Collection(PortalCollection.Name)]
public sealed class AnonymousAccessTests(PortalFactory factory)
{
    /// <summary>Every GET page the app maps (read from its own routing, so a new page is swept too).</summary>
    public static IEnumerable<string> GetPages(PortalFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText ?? "", "\\{[^}]+\\}", "1"))
            .Distinct()
            .ToList();

    /// <summary>The only pages a visitor may see before signing in.</summary>
    private static readonly string[] OpenPages = ["/account/login", "/health"];

    [Fact]
    public async Task Every_page_but_sign_in_health_and_static_files_redirects_an_anonymous_visitor_to_sign_in()
    {
        using var client = factory.NewClient();
        var pages = GetPages(factory).Concat(["/", "/estates?q=x", "/hangfire", "/no-such-page"]).Distinct().ToList();
        Assert.Contains("/estates/1/edit", pages);
        Assert.Contains("/users/create", pages);
        Assert.Contains("/account/login", pages);

        foreach (var page in pages.Except(OpenPages))
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page} answered {(int)response.StatusCode}");
            Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Posting_anonymously_to_a_write_redirects_to_sign_in_and_writes_nothing()
    {
        using var client = factory.NewClient();
        var response = await client.PostWithoutTokenAsync("/estates/1/edit", [new("Name", "x")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/health")]
    [InlineData("/css/portal.css")]
    public async Task Sign_in_health_and_static_files_are_open(string url)
    {
        using var client = factory.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("/account/login", false)]
    [InlineData("/css/portal.css", false)]
    [InlineData("/no-such-page", false)]
    [InlineData("/league", true)]
    public async Task Every_answer_carries_the_security_headers(string url, bool signedIn)
    {
        using var client = signedIn ? await factory.NewClient().SignInAsync("bureau") : factory.NewClient();

        using var response = await client.GetAsync(url);

        foreach (var (name, value) in DistrictPortal.Web.Infrastructure.Startup.PortalPipeline.SecurityHeaders)
        {
            Assert.True(response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values), $"{url} lacks {name}");
            Assert.Equal(value, Assert.Single(values));
        }
    }
}
