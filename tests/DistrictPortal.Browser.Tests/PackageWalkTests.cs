using System.Text.RegularExpressions;
using DistrictPortal.Browser.Tests.Infrastructure;
using DistrictPortal.Web.Infrastructure.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DistrictPortal.Browser.Tests;

/// <summary>
/// Issue 20's done-when for mode 4 (街道集中管理), in Chinese: 牌楼's officer records the tender of a demo package whose
/// term is ending; 太平社区's officer records this quarter's review of one of its estates; both are on the package page,
/// in the Excel export of /packages and in 牌楼's briefing (PDF text).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PackageWalkTests(Chromium chromium)
{
    private const string Winner = "重庆新城物业服务有限公司（浏览器测试）";

    static PackageWalkTests() => SetDefaultExpectTimeout(10_000);

    [Fact]
    public async Task A_tender_and_a_quarterly_review_recorded_are_on_the_package_page_the_excel_export_and_the_briefing()
    {
        using var portal = new BrowserPortal();
        var walk = new Walk("zh-packages");
        var options = new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        };
        await using var officerContext = await chromium.Browser.NewContextAsync(options);
        await using var communityContext = await chromium.Browser.NewContextAsync(options);
        var officer = await officerContext.NewPageAsync();
        var community = await communityContext.NewPageAsync();
        var packagePath = "";

        await walk.StepAsync(officer, "sign-in-pailou", "pailou's home page", () => SignInAsync(officer, portal, "pailou"));

        await walk.StepAsync(officer, "packages-list", $"/packages listing 牌楼's two demo packages, {DemoPackages.SecondName} with its renewal vote due", async () =>
        {
            await officer.Locator("a[href='/packages']").First.ClickAsync();
            await Expect(officer).ToHaveURLAsync(new Regex("/packages$"));
            await Expect(officer.Locator("tr.package")).ToHaveCountAsync(2);
            var second = officer.Locator("tr.package", new PageLocatorOptions { HasText = DemoPackages.SecondName });
            await Expect(second.Locator(".badge--gold")).ToHaveCountAsync(1);
            packagePath = (await second.Locator("a").First.GetAttributeAsync("href"))!;
            await second.Locator("a").First.ClickAsync();
            await Expect(officer).ToHaveURLAsync(new Regex(Regex.Escape(packagePath) + "$"));
        });

        await walk.StepAsync(officer, "record-tender", "the new tender recorded: its winner, price and term on the package page", async () =>
        {
            await officer.Locator("#Bidders").FillAsync($"{Winner}\n重庆城安物业管理有限公司（演示）\n重庆佳园物业服务有限公司（演示）");
            await officer.Locator("#WinnerName").FillAsync(Winner);
            await officer.Locator("#Price").FillAsync("612345.60");
            await officer.Locator("#TermStart").FillAsync("2026-12-01");
            await officer.Locator("#TermEnd").FillAsync("2029-11-30");
            await officer.Locator("form.tender-form button[type=submit]").ClickAsync();
            await Expect(officer).ToHaveURLAsync(new Regex(Regex.Escape(packagePath) + "$"));
            await Expect(officer.Locator(".current-tender .winner")).ToHaveTextAsync(Winner);
            await Expect(officer.Locator(".current-tender [data-price]")).ToHaveAttributeAsync("data-price", "612345.60");
        });

        await walk.StepAsync(community, "sign-in-taiping", "太平社区's officer's home page", () => SignInAsync(community, portal, "taiping"));

        await walk.StepAsync(community, "record-review", "this quarter's review of a 太平 estate: the package's 2026 Q4 score on the page", async () =>
        {
            await community.GotoAsync(portal.BaseUrl + packagePath);
            await community.Locator("#Year").FillAsync("2026");
            await community.Locator("#Quarter").SelectOptionAsync("4");
            await community.Locator("#Score").FillAsync("93");
            await community.Locator("#Reviewer").FillAsync("太平社区居委会 李考评");
            await community.Locator("#ReviewNote").FillAsync("保洁及时，秩序良好");
            await community.Locator("form.review-form button[type=submit]").ClickAsync();
            await Expect(community).ToHaveURLAsync(new Regex(Regex.Escape(packagePath) + "$"));
            await Expect(community.Locator("tr.quarter-score[data-quarter='2026-Q4'] td.num").Last).ToHaveTextAsync("93.0");
            // A community officer records no tender: the form is the sub-district's.
            await Expect(community.Locator("form.tender-form")).ToHaveCountAsync(0);
        });

        await walk.StepAsync(officer, "package-page-shows-both", "the package page as 牌楼 sees it: the tender and the 2026 Q4 review", async () =>
        {
            await officer.ReloadAsync();
            await Expect(officer.Locator(".current-tender .winner")).ToHaveTextAsync(Winner);
            await Expect(officer.Locator("tr.estate-review", new PageLocatorOptions { HasText = "李考评" })).ToHaveCountAsync(1);
        });

        await walk.StepAsync(officer, "export-packages", "导出 Excel on /packages: the row of the package names the winner and the 2026 Q4 score", async () =>
        {
            await officer.GotoAsync(portal.BaseUrl + "/packages");
            var link = officer.GetByRole(AriaRole.Link, new() { Name = "导出 Excel" });
            var download = await officer.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            using var workbook = Downloads.Workbook(await download.PathAsync());
            var row = workbook.Worksheet(1).RowsUsed().Single(r => r.CellsUsed().Any(c => c.GetString() == DemoPackages.SecondName));
            var cells = row.CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Contains(Winner, cells);
            Assert.Contains("2026年第4季度", cells);
            Assert.Contains(row.CellsUsed(), c => c.GetString() is "93" or "93.0");
        }, accessibility: false);

        await walk.StepAsync(officer, "briefing-pdf", "牌楼's briefing (PDF) naming the package's winner, price and 2026 Q4 review", async () =>
        {
            await officer.GotoAsync(portal.BaseUrl + "/briefings");
            var href = (await officer.Locator("a.current-briefing").GetAttributeAsync("href"))!;
            var response = await officer.APIRequest.GetAsync(portal.BaseUrl + href);
            Assert.Equal(200, response.Status);
            var text = Downloads.PdfText(await response.BodyAsync()).Replace("\n", "", StringComparison.Ordinal);
            Assert.Contains("街道集中管理（打包）", text);
            Assert.Contains($"{DemoPackages.SecondName}（", text);
            Assert.Contains($"中标单位{Winner}", text);
            Assert.Contains("中标价612,345.60元/年", text);
            Assert.Contains("最近季度考评2026年第4季度平均93.0分（优秀", text);
        }, accessibility: false);
    }

    private static async Task SignInAsync(IPage page, BrowserPortal portal, string userName)
    {
        await page.GotoAsync(portal.BaseUrl + "/account/login");
        await page.Locator("#UserName").FillAsync(userName);
        await page.Locator("#Password").FillAsync(DemoAccounts.Password);
        await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
        await Expect(page.Locator(".session__user")).ToHaveAttributeAsync("title", userName);
    }
}
