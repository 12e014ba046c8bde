using System.Net;
using System.Text.RegularExpressions;

namespace DistrictPortal.Web.Tests.Infrastructure;

/// <summary>
/// The pages a signed-in user reaches from the navigation, as the browser's screen-width walk finds them
/// (<c>.site-nav__inner a[href]</c>, Hangfire's third-party dashboard left out), plus one page of each kind those pages
/// link to (an estate, a return, a committee: ids and dates make one kind), and the downloads (.xlsx, .pdf) they offer.
/// </summary>
public static partial class NavigationWalk
{
    /// <summary>One demo account per role: admin, bureau reviewer, sub-district officer, community officer, 领导小组成员, 业委会成员.</summary>
    public static readonly string[] Roles = ["admin", "bureau", "pailou", "yinheshi", "briefing", "yeweihui"];

    /// <summary>The navigation's links on <paramref name="html"/> (the layout's nav), in order, once each.</summary>
    public static IReadOnlyList<string> NavLinks(string html)
    {
        var nav = NavBlock().Match(html);
        Assert.True(nav.Success, "no .site-nav__inner on the page");
        return Hrefs(nav.Value).Where(h => h.StartsWith('/') && !h.StartsWith("/hangfire", StringComparison.Ordinal)).Distinct().ToList();
    }

    /// <summary>Same-site links of <paramref name="html"/> outside the navigation, decoded.</summary>
    public static IReadOnlyList<string> PageLinks(string html) =>
        Hrefs(NavBlock().Replace(html, "")).Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal)).Distinct().ToList();

    public static bool IsDownload(string href) => DownloadPath().IsMatch(href);

    /// <summary>A link's kind: its path with ids and dates replaced, so one of each kind is walked.</summary>
    public static string KindOf(string href) => Dates().Replace(Ids().Replace(href.Split('?', '#')[0], "/{id}"), "{date}");

    /// <summary>Links that leave the pages (sign-out, language switch, jobs dashboard) or are not pages.</summary>
    public static bool IsWalkable(string href) =>
        !href.StartsWith("/account", StringComparison.Ordinal) && !href.StartsWith("/hangfire", StringComparison.Ordinal)
        && !href.StartsWith("/language", StringComparison.Ordinal) && !href.StartsWith("/css/", StringComparison.Ordinal)
        && !href.StartsWith("/js/", StringComparison.Ordinal) && !href.StartsWith("/lib/", StringComparison.Ordinal)
        && !href.StartsWith("/attachments/", StringComparison.Ordinal) && !href.Contains("/edit", StringComparison.Ordinal);

    /// <summary>
    /// Every page of the walk for one signed-in client: the navigation's pages, one linked page of each kind, and the
    /// downloads all of them offer. Each page is fetched once; <paramref name="visit"/> sees its URL and body. With
    /// <paramref name="levels"/> above 1 the walk goes on from the linked pages the same way (one page of each new kind
    /// per level): some pages, such as an estate's contracts, are only linked from a page that is itself linked.
    /// </summary>
    public static async Task<(IReadOnlyList<string> Pages, IReadOnlyList<string> Downloads)> WalkAsync(
        PortalClient client, Func<string, string, Task> visit, int levels = 1)
    {
        var home = await client.GetPageAsync("/");
        var nav = NavLinks(home);
        var pages = new List<string>();
        var downloads = new List<string>();
        var kinds = new HashSet<string>(nav.Select(KindOf));
        var bodies = new List<string>();
        foreach (var href in nav)
        {
            var body = await GetAsync(client, href);
            if (body is null)
                continue;
            pages.Add(href);
            bodies.Add(body);
            await visit(href, body);
        }
        for (var level = 0; level < levels; level++)
        {
            var linked = bodies.SelectMany(PageLinks).Distinct().ToList();
            downloads.AddRange(linked.Where(IsDownload));
            bodies = [];
            foreach (var href in linked.Where(h => !IsDownload(h) && IsWalkable(h) && kinds.Add(KindOf(h))))
            {
                var body = await GetAsync(client, href);
                if (body is null)
                    continue;
                pages.Add(href);
                bodies.Add(body);
                await visit(href, body);
            }
        }
        downloads.AddRange(bodies.SelectMany(PageLinks).Where(IsDownload));
        return (pages, downloads.Distinct().ToList());
    }

    /// <summary>A page's HTML, or null for a redirect or a refusal (a link the role sees but may not follow is not a page).</summary>
    private static async Task<string?> GetAsync(PortalClient client, string href)
    {
        var response = await client.GetAsync(href);
        Assert.True((int)response.StatusCode < 500, $"{href} answered {(int)response.StatusCode}");
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            return null;
        return await response.Content.ReadAsStringAsync();
    }

    private static IEnumerable<string> Hrefs(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    [GeneratedRegex("<div class=\"site-nav__inner\">.*?</div>", RegexOptions.Singleline)]
    private static partial Regex NavBlock();

    [GeneratedRegex("<a\\s[^>]*href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex(@"\.(xlsx|pdf)(\?|$)")]
    private static partial Regex DownloadPath();

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex Ids();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex Dates();
}
