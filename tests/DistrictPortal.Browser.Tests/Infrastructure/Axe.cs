using System.Text.Json;
using Microsoft.Playwright;

namespace DistrictPortal.Browser.Tests.Infrastructure;

/// <summary>
/// axe-core (Deque, MPL-2.0; the npm package's axe.min.js and its licences are vendored in Axe/, so the tests need no
/// network) run on a page for the WCAG 2.1 A and AA rules, as GB/T 37668 and the 适老化 rules ask of government sites.
/// Injected through the DevTools protocol (page.Evaluate), so the portal's Content-Security-Policy does not stand in its way.
/// </summary>
public static class Axe
{
    public const string Version = "4.14.1";

    private static readonly Lazy<string> Source = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Axe", "axe.min.js")));

    private const string Run = """
        async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
            return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\s+/g, ' '))
            })));
        }
        """;

    /// <summary>Fails with every violation found (rule, what it asks, the first elements and why) on the page as it stands.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(Source.Value);
        var json = await page.EvaluateAsync<string>(Run);
        using var violations = JsonDocument.Parse(json);
        Assert.True(violations.RootElement.GetArrayLength() == 0,
            $"axe-core {Version} found WCAG 2.1 A/AA violations on {page.Url}: {json}");
    }
}
