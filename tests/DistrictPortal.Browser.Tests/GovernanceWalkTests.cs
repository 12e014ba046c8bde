using System.Text.RegularExpressions;
using DistrictPortal.Browser.Tests.Infrastructure;
using DistrictPortal.Web.Infrastructure.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DistrictPortal.Browser.Tests;

/// <summary>
/// Issue 16's browser walk in Chinese: the office raises a supervision order (督办) on 牌楼街道 with a rectification
/// deadline; 牌楼's officer answers (反馈) with a PDF attached; the office closes it. Two browser contexts, two desks.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GovernanceWalkTests(Chromium chromium)
{
    static GovernanceWalkTests() => SetDefaultExpectTimeout(10_000);

    [Fact]
    public async Task The_office_raises_an_order_on_pailou_the_officer_answers_with_a_pdf_and_the_office_closes_it()
    {
        using var portal = new BrowserPortal();
        var walk = new Walk("zh-governance");
        await using var officeContext = await NewContextAsync(chromium.Browser, portal);
        await using var officerContext = await NewContextAsync(chromium.Browser, portal);
        var office = await officeContext.NewPageAsync();
        var officer = await officerContext.NewPageAsync();
        var deadline = BrowserPortal.Week.AddDays(14).ToString("yyyy-MM-dd");
        var orderPath = "";

        await SignInAsync(walk, office, portal, "admin");
        await walk.StepAsync(office, "raise-order", "the new-order form filled for 牌楼街道 with a deadline, then the order awaiting an answer", async () =>
        {
            await office.GotoAsync(portal.BaseUrl + "/supervision");
            await office.Locator("a[href='/supervision/new']").ClickAsync();
            await office.Locator("#SubDistrictId").SelectOptionAsync(new SelectOptionValue { Label = DemoHierarchy.PailouName });
            await office.Locator("#Reason").FillAsync("太平社区两个小区无人清扫保洁，居民多次反映");
            await office.Locator("#RequiredAction").FillAsync("落实保洁责任单位，整改后上传整改报告");
            await office.Locator("#Deadline").FillAsync(deadline);
            await office.Locator("form.supervision-new button[type=submit]").ClickAsync();
            await Expect(office).ToHaveURLAsync(new Regex(@"/supervision/\d+$"));
            await Expect(office.Locator(".order-status")).ToHaveAttributeAsync("data-status", "AwaitingAnswer");
            await Expect(office.Locator(".deadline")).ToContainTextAsync(deadline);
            orderPath = new Uri(office.Url).AbsolutePath;
        });

        await SignInAsync(walk, officer, portal, "pailou");
        await walk.StepAsync(officer, "answer-with-pdf", "the order's page taking a PDF as evidence and the answer, then answered", async () =>
        {
            await officer.GotoAsync(portal.BaseUrl + orderPath);
            await officer.Locator(".attachment-upload input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "整改报告.pdf", MimeType = "application/pdf", Buffer = DemoGovernance.MinimalPdf("rectification report"),
            });
            await officer.Locator(".attachment-upload button[type=submit]").ClickAsync();
            await Expect(officer.Locator(".attachments tr.attachment")).ToHaveCountAsync(1);
            await Expect(officer.Locator(".attachments tr.attachment a")).ToHaveTextAsync("整改报告.pdf");
            await officer.Locator("#answer").FillAsync("已由社区落实日常保洁，整改报告见附件");
            await officer.Locator("form.order-answer button[type=submit]").ClickAsync();
            await Expect(officer.Locator(".order-status")).ToHaveAttributeAsync("data-status", "Answered");
        });

        await walk.StepAsync(office, "close-order", "the answer and its PDF on the office's page, then the order closed with a note", async () =>
        {
            await office.GotoAsync(portal.BaseUrl + orderPath);
            await Expect(office.Locator(".answer")).ToContainTextAsync("已由社区落实日常保洁");
            await Expect(office.Locator(".attachments tr.attachment a")).ToHaveTextAsync("整改报告.pdf");
            await office.Locator($"a[href='{orderPath}/close']").ClickAsync();
            await office.Locator("#note").FillAsync("整改到位，办结");
            await office.Locator("form.confirm button[type=submit]").ClickAsync();
            await Expect(office).ToHaveURLAsync(new Regex(Regex.Escape(orderPath) + "$"));
            await Expect(office.Locator(".order-facts")).ToHaveAttributeAsync("data-open", "false");
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
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await walk.StepAsync(page, $"sign-in-{userName}", $"{userName}'s home page", async () =>
        {
            await page.GotoAsync(portal.BaseUrl + "/account/login");
            await page.Locator("#UserName").FillAsync(userName);
            await page.Locator("#Password").FillAsync(DemoAccounts.Password);
            await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
            await Expect(page.Locator(".session__user")).ToHaveAttributeAsync("title", userName);
        });
    }
}
