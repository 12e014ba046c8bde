using DistrictPortal.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DistrictPortal.Browser.Tests;

/// <summary>
/// Issue 15 (GB/T 37668, the 适老化 rules; WCAG 2.1 1.4.4): the home page and the return stay usable with the browser's
/// text at 200%. Chromium's own text size is set the way a user's setting sets it (CDP Page.setFontSizes, the default
/// 16 px → 32 px), so the page must follow the reader's text size rather than fix its own in pixels. On a laptop
/// (1366×768): the text really is twice as large, the page does not scroll sideways (tables scroll in their own box),
/// no text is cut off by an element that hides its overflow, and the return's 保存草稿 / 校验 / 提交 are on screen and
/// take the click (校验 is clicked: it saves nothing).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TextZoomTests(Chromium chromium)
{
    static TextZoomTests() => SetDefaultExpectTimeout(15_000);

    // Elements that hide their overflow and hold text larger than their box; .sr-only is meant to (screen readers only).
    private const string ClippedScript = """
        () => {
            const out = [];
            for (const el of document.body.querySelectorAll('*')) {
                if (el.closest('.sr-only') || !el.textContent.trim()) continue;
                const s = getComputedStyle(el);
                if (s.display === 'none' || s.visibility === 'hidden') continue;
                const hides = v => v === 'hidden' || v === 'clip';
                const cutX = hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
                const cutY = hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
                const ellipsis = s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
                if (cutX || cutY || ellipsis)
                    out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent.trim().slice(0, 30)}" ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`);
            }
            return out;
        }
        """;

    [Fact]
    public async Task The_home_page_and_the_return_stay_usable_at_200_percent_text()
    {
        using var portal = new BrowserPortal();
        var walk = new Walk("text-zoom-200");
        await using var laptop = await Viewports.ContextAsync(chromium.Browser, portal, Viewports.Laptop);
        var page = await laptop.NewPageAsync();
        var normal = await RootFontSizeAsync(page, portal);
        var cdp = await laptop.NewCDPSessionAsync(page);
        await cdp.SendAsync("Page.setFontSizes", new Dictionary<string, object>
        {
            ["fontSizes"] = new Dictionary<string, object> { ["standard"] = 32, ["fixed"] = 26 },
        });

        await Viewports.SignInAsync(walk, page, portal, "pailou");

        await walk.StepAsync(page, "home-at-200-percent", "twice the text, nothing cut off, no sideways scroll", async () =>
        {
            await page.GotoAsync(portal.BaseUrl + "/");
            var zoomed = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.documentElement).fontSize)");
            Assert.True(zoomed >= 2 * normal - 0.5, $"the root text is {zoomed} px at 200% (normally {normal} px): the page does not follow the reader's text size");
            await AssertUsableAsync(page);
        });

        await walk.StepAsync(page, "return-at-200-percent", "the action bar on screen and clickable, nothing cut off", async () =>
        {
            await page.Locator(".this-week-link").ClickAsync();
            await Expect(page.Locator("#return-form")).ToBeVisibleAsync();
            await AssertUsableAsync(page);
            foreach (var command in new[] { "save", "validate", "submit" })
            {
                var button = page.Locator($".bar button[value={command}]");
                await Expect(button).ToBeVisibleAsync();
                await Expect(button).ToBeInViewportAsync(new() { Ratio = 1 });
                // Nothing lies over it: the element at its centre is the button (or its text).
                var onTop = await page.EvaluateAsync<bool>(
                    """
                    v => {
                        const r = document.querySelector(`.bar button[value=${v}]`).getBoundingClientRect();
                        const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                        return !!e && !!e.closest(`.bar button[value=${v}]`);
                    }
                    """, command);
                Assert.True(onTop, $"the {command} button is covered at 200% text");
            }
        });

        await walk.StepAsync(page, "validate-clicked-at-200-percent", "校验 takes the click and answers; nothing saved", async () =>
        {
            await page.Locator(".bar button[value=validate]").ClickAsync();
            await Expect(page.Locator(".validated, .validation-summary-errors").First).ToBeVisibleAsync();
            await Expect(page.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "NotStarted");
            await AssertUsableAsync(page);
        });
    }

    private static async Task<double> RootFontSizeAsync(IPage page, BrowserPortal portal)
    {
        await page.GotoAsync(portal.BaseUrl + "/account/login");
        return await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.documentElement).fontSize)");
    }

    private static async Task AssertUsableAsync(IPage page)
    {
        await Viewports.AssertFitsAsync(page);
        var clipped = await page.EvaluateAsync<string[]>(ClippedScript);
        Assert.True(clipped.Length == 0, $"{page.Url}: text cut off at 200%:\n" + string.Join("\n", clipped));
    }
}
