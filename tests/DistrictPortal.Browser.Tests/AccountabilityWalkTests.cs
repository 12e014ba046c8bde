using System.Text.RegularExpressions;
using DistrictPortal.Browser.Tests.Infrastructure;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.DemoData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DistrictPortal.Browser.Tests;

/// <summary>
/// Issue 16's accountability in the browser, in Chinese: an order on 牌楼街道 went unanswered two weeks past its deadline
/// (追责); the office follows "立案" from the order, records a 通报批评 and downloads the one-page 通报.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountabilityWalkTests(Chromium chromium)
{
    static AccountabilityWalkTests() => SetDefaultExpectTimeout(10_000);

    [Fact]
    public async Task The_office_opens_a_public_criticism_from_an_escalated_order_and_downloads_the_notice()
    {
        using var portal = new BrowserPortal();
        var orderId = await EscalatedOrderAsync(portal);
        var walk = new Walk("zh-accountability");
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl, ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, Locale = "zh-CN", TimezoneId = "Asia/Shanghai",
        });
        var office = await context.NewPageAsync();
        var casePath = "";

        await walk.StepAsync(office, "sign-in-admin", "admin's home page", async () =>
        {
            await office.GotoAsync(portal.BaseUrl + "/account/login");
            await office.Locator("#UserName").FillAsync("admin");
            await office.Locator("#Password").FillAsync(DemoAccounts.Password);
            await office.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
            await Expect(office.Locator(".session__user")).ToHaveAttributeAsync("title", "admin");
        });

        await walk.StepAsync(office, "open-case-from-order", "the order at 追责 offering 立案; the case form with the order ticked, filled as a 通报批评", async () =>
        {
            await office.GotoAsync($"{portal.BaseUrl}/supervision/{orderId}");
            await office.Locator("a.raise-case").ClickAsync();
            await Expect(office.Locator($"input[name=OrderIds][value='{orderId}']")).ToBeCheckedAsync();
            await office.Locator("#PersonPost").FillAsync("副主任");
            await office.Locator("#PersonName").FillAsync("王永强");
            await office.Locator("#Decision").SelectOptionAsync(new SelectOptionValue { Label = "通报批评" });
            await office.Locator("form.accountability-new button[type=submit]").ClickAsync();
            await Expect(office).ToHaveURLAsync(new Regex(@"/accountability/\d+$"));
            await Expect(office.Locator(".accountability-facts")).ToContainTextAsync("王永强");
            casePath = new Uri(office.Url).AbsolutePath;
        });

        await walk.StepAsync(office, "download-notice", "the 通报 downloaded as one A4 page naming 牌楼街道 and its number", async () =>
        {
            var link = office.Locator("a.notice-pdf");
            var download = await office.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            Assert.StartsWith("通报_2026年第", download.SuggestedFilename, StringComparison.Ordinal);
            var text = Downloads.PdfText(await File.ReadAllBytesAsync(await download.PathAsync())).Replace("\n", "", StringComparison.Ordinal);
            Assert.Contains($"关于对{DemoHierarchy.PailouName}副主任王永强同志的通报", text, StringComparison.Ordinal);
            Assert.Contains("2026年第 1 期", text, StringComparison.Ordinal);
            Assert.Contains("2026年11月27日", text, StringComparison.Ordinal);
            Assert.Contains("第 1 页 / 共 1 页", text, StringComparison.Ordinal);
            await office.GotoAsync(portal.BaseUrl + "/accountability");
            await Expect(office.Locator($"a[href='{casePath}']")).ToHaveCountAsync(1);
        });
    }

    /// <summary>An order by hand raised on 10-20 with a deadline of 11-01, escalated on the portal's Friday (11-27) to 追责.</summary>
    private static async Task<long> EscalatedOrderAsync(BrowserPortal portal)
    {
        using var scope = portal.Services.CreateScope();
        var services = scope.ServiceProvider;
        var nodes = services.GetRequiredService<INodeRepository>();
        var root = Assert.Single(await nodes.GetRootsAsync());
        var pailou = Assert.Single(await nodes.ListByLevelAsync(root.Path, NodeLevel.SubDistrict), n => n.Name == DemoHierarchy.PailouName);
        var supervision = services.GetRequiredService<SupervisionService>();
        var raised = new DateOnly(2026, 10, 20);
        var id = (await supervision.RaiseByHandAsync(new SupervisionOrder
        {
            SubDistrictId = pailou.Id, Reason = "太平社区三个小区停车无人管理，逾期未整改", RequiredAction = "落实停车管理并反馈", Deadline = new DateOnly(2026, 11, 1),
        }, raised, new ChangeContext(0, "admin", new DateTime(2026, 10, 20, 2, 0, 0, DateTimeKind.Utc)))).Value;
        var order = (await services.GetRequiredService<ISupervisionOrderRepository>().GetByIdAsync(id))!;
        Assert.Equal(SupervisionEscalation.Accountability,
            await supervision.EscalateAsync(order, BrowserPortal.Week, new ChangeContext(0, "system", new DateTime(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc))));
        return id;
    }
}
