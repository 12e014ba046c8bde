using System.Diagnostics;
using System.Net;
using DistrictPortal.Web.Tests.Infrastructure;
using DistrictPortal.Web.Tests.Security;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DistrictPortal.Web.Tests.Faults;

/// <summary>
/// Issue 14's "done when": every action the portal routes (<see cref="RouteCatalog"/>, the security sweep's own
/// enumeration), each route parameter, each query parameter of a page and each field of each form (from the rendered form,
/// and from the action's parameter model) given hostile values — overlong, NUL, control characters, huge and negative
/// numbers, the first and last dates, a day that is no Friday, malformed ids — one at a time, the others valid, with a
/// valid anti-forgery token and signed in. No answer may be a 500, and /health must still answer 200 afterwards. Values are
/// sampled per type and each probe class runs as one role, so the suite stays well under a minute.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzTests(FuzzWorld world, ITestOutputHelper output)
{
    /// <summary>Actions the fuzz leaves alone: signing out ends the session the probes run in.</summary>
    private static readonly string[] Skipped = ["/account/logout"];

    private IReadOnlyList<SweptAction> Actions() =>
        RouteCatalog.Actions(world.Portal.Services).Where(a => !Skipped.Contains(a.Route) && a.Controller != "Error").ToList();

    private static ControllerActionDescriptor Descriptor(IServiceProvider services, SweptAction action) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .First(e => e.RoutePattern.RawText == action.Pattern.RawText && e.Metadata.GetMetadata<ControllerActionDescriptor>() is { } d
                && d.ActionName == action.Action && d.ControllerName == action.Controller)
            .Metadata.GetMetadata<ControllerActionDescriptor>()!;

    [Fact]
    public async Task Hostile_route_parameters_never_get_a_500()
    {
        using var admin = await world.Portal.NewClient().SignInAsync("admin");
        var token = await admin.TokenFromAsync("/");
        var week = world.Valid["admin"].Week;
        var failures = new List<string>();
        var probes = 0;
        var clock = Stopwatch.StartNew();
        foreach (var action in Actions().Where(a => a.Parameters.Count > 0))
        {
            foreach (var parameter in action.Parameters)
            {
                var numeric = parameter.ParameterPolicies.Any(p => p.Content is "int" or "long");
                var values = numeric ? FuzzWorld.ForNumbers
                    : parameter.Name.Contains("week", StringComparison.OrdinalIgnoreCase) ? FuzzWorld.ForDates(week).Concat(FuzzWorld.ForText.Skip(1)).ToArray()
                    : FuzzWorld.ForText.Concat(FuzzWorld.ForNumbers.Take(1)).ToArray();
                // A NUL in the path is refused by Kestrel before the portal sees it (400), and TestServer cannot even send it.
                foreach (var hostile in values.Where(v => v.Why != FuzzWorld.NulWhy && (v.Why != FuzzWorld.Overlong || !numeric)))
                {
                    var url = action.Url(p => p.Name == parameter.Name ? hostile.Value : world.ValidFor("admin", action, p));
                    probes++;
                    var response = action.Method == "GET"
                        ? await admin.GetAsync(url)
                        : await admin.PostWithoutTokenAsync(url, [new("__RequestVerificationToken", token)]);
                    if ((int)response.StatusCode >= 500)
                        failures.Add($"{action} {parameter.Name}={hostile.Why}: {(int)response.StatusCode} {url[..Math.Min(url.Length, 120)]}");
                }
            }
        }
        output.WriteLine($"{probes} route probes in {clock.Elapsed.TotalSeconds:F1} s");
        await AssertHealthyAsync(failures);
    }

    [Fact]
    public async Task Hostile_query_parameters_of_every_page_never_get_a_500()
    {
        // The bureau reviewer reads every page of the district (the admin's pages are covered by the route and form probes);
        // files are asked for as a community officer, whose small scope keeps each workbook quick to build.
        using var bureau = await world.Portal.NewClient().SignInAsync("bureau");
        using var community = await world.Portal.NewClient().SignInAsync("yinheshi");
        var week = world.Valid["admin"].Week;
        var failures = new List<string>();
        var probes = 0;
        var clock = Stopwatch.StartNew();
        var slowest = new List<(double Seconds, string Action)>();
        foreach (var action in Actions().Where(a => a.Method == "GET"))
        {
            var started = clock.Elapsed.TotalSeconds;
            var baseUrl = action.Url(p => world.ValidFor("admin", action, p));
            foreach (var (name, type) in FuzzWorld.BoundFields(Descriptor(world.Portal.Services, action), action.Parameters))
            {
                foreach (var hostile in FuzzWorld.For(type, null, week))
                {
                    probes++;
                    var url = $"{baseUrl}?{Uri.EscapeDataString(name)}={Uri.EscapeDataString(hostile.Value)}";
                    var response = await (IsFile(action) ? community : bureau).GetAsync(url);
                    if ((int)response.StatusCode >= 500)
                        failures.Add($"{action} ?{name}={hostile.Why}: {(int)response.StatusCode}");
                }
            }
            slowest.Add((clock.Elapsed.TotalSeconds - started, action.ToString()));
        }
        foreach (var (seconds, slow) in slowest.OrderByDescending(x => x.Seconds).Take(8))
            output.WriteLine($"  {seconds:F1} s {slow}");
        output.WriteLine($"{probes} query probes in {clock.Elapsed.TotalSeconds:F1} s");
        await AssertHealthyAsync(failures);
    }

    [Fact]
    public async Task Hostile_form_fields_of_every_form_never_get_a_500()
    {
        using var anonymous = world.Portal.NewClient();
        using var admin = await world.Portal.NewClient().SignInAsync("admin");
        using var officer = await world.Portal.NewClient().SignInAsync("pailou");
        var clients = new[] { ("admin", admin), ("pailou", officer) };
        var failures = new List<string>();
        var probes = 0;
        var forms = 0;
        var clock = Stopwatch.StartNew();
        var slowest = new List<(double Seconds, string Action)>();
        foreach (var action in Actions().Where(a => a.Method == "POST"))
        {
            var started = clock.Elapsed.TotalSeconds;
            // The first account whose page renders this form; else the admin with the action's own fields.
            var (user, client, fields, pageUrl, url) = await FormOfAsync(action, action.AllowsAnonymous ? [("anonymous", anonymous)] : clients);
            var week = world.Valid[user == "anonymous" ? "admin" : user].Week;
            var types = FuzzWorld.BoundFields(Descriptor(world.Portal.Services, action), action.Parameters)
                .GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.OrdinalIgnoreCase);
            // One field of each shape: Rows[12].Households stands for every row's, Members[0].Name for every member's.
            var names = fields.Select(f => f.Key).Concat(types.Keys).Distinct(StringComparer.OrdinalIgnoreCase)
                .DistinctBy(n => System.Text.RegularExpressions.Regex.Replace(n, @"\[[^\]]*\]", "[]")).ToList();
            forms++;
            // One token per form: the session's token is valid for every form of it.
            var token = await client.TokenFromAsync(pageUrl);
            foreach (var name in names)
            {
                var sample = fields.FirstOrDefault(f => f.Key == name).Value;
                foreach (var hostile in FuzzWorld.For(types.GetValueOrDefault(name), sample, week))
                {
                    probes++;
                    var posted = fields.Where(f => !string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase))
                        .Append(new(name, hostile.Value)).ToList();
                    var response = await client.PostWithoutTokenAsync(url, posted.Append(new("__RequestVerificationToken", token)));
                    if ((int)response.StatusCode >= 500)
                        failures.Add($"{user}: {action} {name}={hostile.Why}: {(int)response.StatusCode}");
                }
            }
            slowest.Add((clock.Elapsed.TotalSeconds - started, $"{action} ({names.Count} fields as {user})"));
        }
        foreach (var (seconds, slow) in slowest.OrderByDescending(x => x.Seconds).Take(8))
            output.WriteLine($"  {seconds:F1} s {slow}");
        output.WriteLine($"{probes} form probes over {forms} forms in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(forms > 20, $"only {forms} forms were found");
        await AssertHealthyAsync(failures);
    }

    private static bool IsFile(SweptAction action) => action.Route.EndsWith(".xlsx", StringComparison.Ordinal) || action.Route.EndsWith(".pdf", StringComparison.Ordinal);

    /// <summary>The form posting to the action as an account's page renders it, with the page to take the token from.</summary>
    private async Task<(string User, PortalClient Client, List<KeyValuePair<string, string>> Fields, string PageUrl, string Url)> FormOfAsync(
        SweptAction action, IReadOnlyList<(string User, PortalClient Client)> clients)
    {
        foreach (var (user, client) in clients)
        {
            var valid = user == "anonymous" ? "admin" : user;
            var url = action.Url(p => world.ValidFor(valid, action, p));
            // The form lives on the page of the same address, or on the page one segment up (/estates/5/edit → itself, /hierarchy/5/rename → /hierarchy/5).
            foreach (var page in new[] { url, url[..Math.Max(1, url.LastIndexOf('/'))] })
            {
                var response = await client.GetAsync(page);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                    continue;
                if (FuzzWorld.RenderedForm(await response.Content.ReadAsStringAsync(), url, page) is { } fields)
                    return (user, client, fields, page, url);
            }
        }
        var (firstUser, firstClient) = clients[0];
        var fallback = action.Url(p => world.ValidFor(firstUser == "anonymous" ? "admin" : firstUser, action, p));
        return (firstUser, firstClient, [], firstUser == "anonymous" ? "/account/login" : "/", fallback);
    }

    private async Task AssertHealthyAsync(List<string> failures)
    {
        using var probe = world.Portal.NewClient();
        var health = await probe.GetAsync("/health");
        Assert.True(failures.Count == 0, $"{failures.Count} answers were 5xx:\n" + string.Join("\n", failures.Take(200)));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
