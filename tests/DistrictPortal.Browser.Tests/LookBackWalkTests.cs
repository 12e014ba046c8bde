using System.Text.RegularExpressions;
using DistrictPortal.Browser.Tests.Infrastructure;
using DistrictPortal.Web.Infrastructure.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DistrictPortal.Browser.Tests;

/// <summary>
/// Issue 16's look-back walk in Chinese: an estate of 牌楼街道 struck off in an accepted return is shown as 销号（待回头看）;
/// 牌楼's officer records a failed look-back (回头看) with the six haves found on site; the estate is back on the list
/// (返潮) and the league row of 牌楼 counts the relapse.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LookBackWalkTests(Chromium chromium)
{
    static LookBackWalkTests() => SetDefaultExpectTimeout(10_000);

    [Fact]
    public async Task A_struck_off_estate_is_provisional_and_a_failed_look_back_puts_it_back_on_the_list_and_into_the_league()
    {
        using var portal = new BrowserPortal();
        var walk = new Walk("zh-lookback");
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        var page = await context.NewPageAsync();
        var estatePath = "";
        var pailouId = "";

        await walk.StepAsync(page, "sign-in-pailou", "pailou's home page", async () =>
        {
            await page.GotoAsync(portal.BaseUrl + "/account/login");
            await page.Locator("#UserName").FillAsync("pailou");
            await page.Locator("#Password").FillAsync(DemoAccounts.Password);
            await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
            await Expect(page.Locator(".session__user")).ToHaveAttributeAsync("title", "pailou");
        });

        await walk.StepAsync(page, "provisional-list", "the look-back list with 牌楼's struck-off estates shown as 销号（待回头看）", async () =>
        {
            await page.Locator("a[href='/lookbacks']").First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/lookbacks$"));
            if (await page.Locator("tr.lookback-line").CountAsync() == 0)
                await page.Locator("a[data-view='Overdue']").ClickAsync();
            var first = page.Locator("tr.lookback-line").First;
            await Expect(first).ToHaveAttributeAsync("data-stage", "Provisional");
            await Expect(first.Locator(".badge").First).ToHaveTextAsync("销号（待回头看）");
            estatePath = (await first.Locator("a").First.GetAttributeAsync("href"))!;
            await first.Locator("a").First.ClickAsync();
            await Expect(page.Locator(".lookback-state")).ToHaveAttributeAsync("data-stage", "Provisional");
        });

        await walk.StepAsync(page, "failed-look-back", "a failed look-back recorded: the estate is back on the list (返潮)", async () =>
        {
            await page.Locator("#Inspector").FillAsync("太平社区 王检查");
            await page.Locator("input[name=SixHaves][value=Organisation]").CheckAsync();
            await page.Locator("input[name=SixHaves][value=Cleaning]").CheckAsync();
            await page.Locator("input[name=Passed][value=false]").CheckAsync();
            await page.Locator("#Note").FillAsync("物业已撤场，无人维修，停车无人管理");
            await page.Locator("form.lookback-form button[type=submit]").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(estatePath) + "$"));
            await Expect(page.Locator(".lookback-state")).ToHaveAttributeAsync("data-stage", "OnList");
            await Expect(page.Locator("article.lookback")).ToHaveAttributeAsync("data-relapsed", "true");
        });

        await walk.StepAsync(page, "league-relapse", "the league row of 牌楼街道 counting one relapse", async () =>
        {
            await page.GotoAsync(portal.BaseUrl + "/league?all=true");
            var row = page.Locator("tr.league-row", new PageLocatorOptions { Has = page.Locator($"th:has-text('{DemoHierarchy.PailouName}')") });
            pailouId = (await row.GetAttributeAsync("data-sub-district"))!;
            await Expect(row.Locator("td[data-figure=lookbacks]")).ToHaveAttributeAsync("data-relapses", "1");
            await Expect(row.Locator("td[data-figure=lookbacks]")).ToContainTextAsync("1 / ");
        });
        Assert.NotEmpty(pailouId);
    }
}
