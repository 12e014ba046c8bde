using System.Globalization;
using System.Text.RegularExpressions;
using DistrictPortal.Browser.Tests.Infrastructure;
using DistrictPortal.Web.Infrastructure.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DistrictPortal.Browser.Tests;

/// <summary>
/// Issue 15's notice in the browser: 牌楼's officer submits this week's return; the bureau sends it back with a reason
/// and a row reason; the officer sees the unread count in the header, the notice with the reason in the inbox, and the
/// reason on the home page (not only 已退回), whose link opens the return. A screenshot per step.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SendBackNoticeTests(Chromium chromium)
{
    private const string Reason = "请补充物业服务合同扫描件";
    private const string RowReason = "户数与台账不符，请核对";

    static SendBackNoticeTests() => SetDefaultExpectTimeout(10_000);

    [Fact]
    public async Task The_officer_sees_the_send_back_in_the_inbox_and_its_reason_on_the_home_page()
    {
        using var portal = new BrowserPortal();
        var walk = new Walk("zh");
        await using var officerContext = await NewContextAsync(chromium.Browser, portal);
        await using var bureauContext = await NewContextAsync(chromium.Browser, portal);
        var officer = await officerContext.NewPageAsync();
        var bureau = await bureauContext.NewPageAsync();
        var week = BrowserPortal.Week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var returnPath = "";
        var estateId = "";

        await SignInAsync(walk, officer, portal, "pailou");
        await walk.StepAsync(officer, "notice-submit", "this week's return opened from the home page and submitted", async () =>
        {
            await officer.GetByRole(AriaRole.Link, new() { Name = "填报本周周报" }).ClickAsync();
            await Expect(officer).ToHaveURLAsync(new Regex($"/returns/\\d+/{week}$"));
            returnPath = new Uri(officer.Url).AbsolutePath;
            estateId = (await officer.Locator("tr.return-row[data-struck-off=false]").First.GetAttributeAsync("data-estate"))!;
            await officer.Locator("#return-form button[name=Command][value=submit]").ClickAsync();
            await Expect(officer.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "Submitted");
        });

        await SignInAsync(walk, bureau, portal, "bureau");
        await walk.StepAsync(bureau, "notice-send-back", "the bureau sends it back with a reason and a row reason", async () =>
        {
            await bureau.GotoAsync(portal.BaseUrl + returnPath);
            await bureau.Locator("#send-back-reason").FillAsync(Reason);
            await bureau.Locator($"textarea[name='RowReasons[{estateId}]']").FillAsync(RowReason);
            await bureau.Locator(".send-back-form button[type=submit]").ClickAsync();
            await Expect(bureau.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "SentBack");
        });

        await walk.StepAsync(officer, "notice-in-the-inbox", "an unread count in the header, and the inbox's notice naming the return, the reason and the row reason", async () =>
        {
            await officer.GotoAsync(portal.BaseUrl + "/");
            await Expect(officer.Locator(".inbox-unread")).ToBeVisibleAsync();
            await officer.Locator("a.inbox-link").ClickAsync();
            var notice = officer.Locator("tr.notification.is-unread").Filter(new() { HasText = $"牌楼街道 {week} 周报被退回" });
            await Expect(notice).ToHaveCountAsync(1);
            await Expect(notice).ToContainTextAsync($"退回理由：{Reason}");
            await Expect(notice).ToContainTextAsync(RowReason);
        });

        await walk.StepAsync(officer, "notice-reason-on-home", "the home page's send-back panel with the reason and the row reason", async () =>
        {
            await officer.GotoAsync(portal.BaseUrl + "/");
            var panel = officer.Locator("section.home-review-reason");
            await Expect(panel).ToHaveAttributeAsync("data-status", "SentBack");
            await Expect(panel).ToContainTextAsync(Reason);
            await Expect(panel).ToContainTextAsync(RowReason);
            await panel.ScrollIntoViewIfNeededAsync();
        });

        await walk.StepAsync(officer, "notice-open-from-home", "the panel's link opening the return, sent back", async () =>
        {
            await officer.Locator("section.home-review-reason a.review-reason-link").ClickAsync();
            await Expect(officer).ToHaveURLAsync(new Regex(Regex.Escape(returnPath) + "$"));
            await Expect(officer.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "SentBack");
        });
    }

    private static Task<IBrowserContext> NewContextAsync(IBrowser browser, BrowserPortal portal) =>
        browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });

    private static async Task SignInAsync(Walk walk, IPage page, BrowserPortal portal, string userName)
    {
        // The portal's confirmations (submit, send back) are window.confirm: the user says yes.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await walk.StepAsync(page, $"notice-sign-in-{userName}", $"{userName}'s home page", async () =>
        {
            await page.GotoAsync(portal.BaseUrl + "/account/login");
            await page.Locator("#UserName").FillAsync(userName);
            await page.Locator("#Password").FillAsync(DemoAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
            await Expect(page.Locator(".session__user")).ToHaveAttributeAsync("title", userName);
        });
    }
}
