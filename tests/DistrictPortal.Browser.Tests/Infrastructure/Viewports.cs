using DistrictPortal.Web.Infrastructure.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DistrictPortal.Browser.Tests.Infrastructure;

/// <summary>The two screens issue 15 holds every page to: a phone (390×844, as an iPhone 12–15) and a laptop (1366×768).</summary>
public static class Viewports
{
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };

    public static Task<IBrowserContext> ContextAsync(IBrowser browser, BrowserPortal portal, ViewportSize size) =>
        browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl,
            ViewportSize = size,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            IsMobile = size.Width < 640,
            HasTouch = size.Width < 640,
        });

    /// <summary>Signs <paramref name="userName"/> in with the demo password (Chinese, the default), as one step of the walk.</summary>
    public static async Task SignInAsync(Walk walk, IPage page, BrowserPortal portal, string userName)
    {
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await walk.StepAsync(page, $"sign-in-{userName}", $"{userName}'s home page", async () =>
        {
            await page.GotoAsync(portal.BaseUrl + "/account/login");
            await page.Locator("#UserName").FillAsync(userName);
            await page.Locator("#Password").FillAsync(DemoAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
            await Expect(page.Locator(".session__user")).ToHaveAttributeAsync("title", userName);
        });
    }

    /// <summary>The page is no wider than the window: only a table's own box may scroll sideways.</summary>
    public static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scroll, inner) = (widths[0], widths[1]);
        Assert.True(scroll <= inner, $"{page.Url} is {scroll} px wide in a {inner} px window");
    }
}
