using System.Text.RegularExpressions;
using DistrictPortal.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DistrictPortal.Browser.Tests;

/// <summary>
/// Issue 15's walk: 牌楼's officer files the week's 109-row return on a phone (390×844) half an hour before the deadline:
/// the home page says so in red, the return filters to 待办, three rows change, 校验 finds a strike-off short of its six
/// haves and links to its row, the officer fixes it with the bulk action and submits; the bureau (on a laptop) sends it
/// back with a reason beside the row, and the officer sees the reason on the phone. Every step: a screenshot, axe-core,
/// and the page no wider than the phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReturnOnPhoneTests(Chromium chromium)
{
    private const string Reason = "六有佐证材料不全，请补充";

    static ReturnOnPhoneTests() => SetDefaultExpectTimeout(15_000);

    [Fact]
    public async Task An_officer_files_the_return_on_a_phone_and_sees_the_send_back_reason()
    {
        using var portal = new BrowserPortal();
        var walk = new Walk("phone-return");
        await using var phone = await Viewports.ContextAsync(chromium.Browser, portal, Viewports.Phone);
        await using var laptop = await Viewports.ContextAsync(chromium.Browser, portal, Viewports.Laptop);
        var officer = await phone.NewPageAsync();
        var bureau = await laptop.NewPageAsync();
        string returnPath = "";
        var rows = new string[3];

        await Viewports.SignInAsync(walk, officer, portal, "pailou");

        await walk.StepAsync(officer, "home-says-half-an-hour-in-red", "the countdown tile red, in words, and the navigation folded", async () =>
        {
            await Expect(officer.Locator(".tile[data-urgency=Imminent]")).ToBeVisibleAsync();
            await Expect(officer.Locator(".tile[data-urgency=Imminent] .countdown")).ToContainTextAsync("剩余 0 小时 30 分");
            await Expect(officer.Locator(".site-nav__inner")).ToBeHiddenAsync();
            await officer.Locator(".nav-toggle__button").ClickAsync();
            await Expect(officer.Locator(".site-nav__inner a[href='/returns']")).ToBeVisibleAsync();
            await Viewports.AssertFitsAsync(officer);
        });

        await walk.StepAsync(officer, "open-the-return", "the return as cards, the actions bar on screen", async () =>
        {
            await officer.Locator(".this-week-link").ClickAsync();
            await Expect(officer).ToHaveURLAsync(new Regex(@"/returns/\d+/\d{4}-\d{2}-\d{2}$"));
            returnPath = new Uri(officer.Url).AbsolutePath;
            await Expect(officer.Locator(".bar")).ToBeInViewportAsync();
            await Viewports.AssertFitsAsync(officer);
        });

        await walk.StepAsync(officer, "filter-to-todo", "only rows not struck off, their count as the tab says", async () =>
        {
            var tab = officer.Locator(".rf__tab[data-filter=todo]");
            var count = int.Parse((await tab.GetAttributeAsync("data-count"))!);
            await tab.ClickAsync();
            await Expect(officer).ToHaveURLAsync(new Regex(@"\?f=todo#rows$"));
            await Expect(officer.Locator("tr.return-row")).ToHaveCountAsync(count);
            await Expect(officer.Locator("tr.return-row[data-struck-off=true]")).ToHaveCountAsync(0);
            await Viewports.AssertFitsAsync(officer);
        });

        await walk.StepAsync(officer, "change-three-rows", "a count, a blocker and a strike-off typed (the last short of its six haves)", async () =>
        {
            var open = officer.Locator("tr.return-row");
            for (var i = 0; i < 3; i++)
                rows[i] = (await open.Nth(i).GetAttributeAsync("data-estate"))!;
            await officer.Locator($"input[name='Rows[{rows[0]}].Households']").FillAsync("321");
            await officer.Locator($"textarea[name='Rows[{rows[1]}].Blockers']").FillAsync("业主大会筹备中");
            var third = officer.Locator($"#r{rows[2]}");
            await third.Locator($"select[name='Rows[{rows[2]}].Mode']").SelectOptionAsync(new SelectOptionValue { Value = "3" });
            var haves = third.Locator($"input[name='Rows[{rows[2]}].SixHaves']");
            for (var i = 0; i < 6; i++)
                await haves.Nth(i).SetCheckedAsync(i < 3);
            await third.Locator($"input[name='Rows[{rows[2]}].IsStruckOff']").CheckAsync();
            await third.Locator($"input[name='Rows[{rows[2]}].StruckOffDate']").FillAsync(BrowserPortal.Week.ToString("yyyy-MM-dd"));
            // The estate's name stays on screen at the top of its card while its fields scroll by.
            await third.Locator("textarea").Last.ScrollIntoViewIfNeededAsync();
            await Expect(third.Locator("th[scope=row] a")).ToBeInViewportAsync();
        });

        await walk.StepAsync(officer, "validate", "the error at the top, linked to the third row, nothing saved", async () =>
        {
            await officer.Locator(".bar button[value=validate]").ClickAsync();
            var link = officer.Locator($".validation-summary-errors a[href='#r{rows[2]}']");
            await Expect(link.First).ToBeVisibleAsync();
            await Expect(officer.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "NotStarted");
            // Typed values are kept for correction.
            await Expect(officer.Locator($"input[name='Rows[{rows[0]}].Households']")).ToHaveValueAsync("321");
            await Viewports.AssertFitsAsync(officer);
        });

        await walk.StepAsync(officer, "follow-the-error-link", "the row in view with its message beside the six haves", async () =>
        {
            await officer.Locator($".validation-summary-errors a[href='#r{rows[2]}']").First.ClickAsync();
            await Expect(officer).ToHaveURLAsync(new Regex($"#r{rows[2]}$"));
            var message = officer.Locator($"[data-valmsg-for='Rows[{rows[2]}].SixHaves']");
            await Expect(message).ToContainTextAsync("六有");
            await Expect(officer.Locator($"#r{rows[2]} th[scope=row]")).ToBeInViewportAsync();
        });

        await walk.StepAsync(officer, "fix-with-the-bulk-action", "the row selected and all six haves ticked at once", async () =>
        {
            await officer.Locator($"#r{rows[2]} input[name=Tick]").CheckAsync();
            await officer.Locator(".bar button[value=haves]").ClickAsync();
            var haves = officer.Locator($"input[name='Rows[{rows[2]}].SixHaves']");
            for (var i = 0; i < 6; i++)
                await Expect(haves.Nth(i)).ToBeCheckedAsync();
        });

        await walk.StepAsync(officer, "submit", "submitted on time; the tiles count the new strike-off", async () =>
        {
            var covered = int.Parse((await officer.Locator(".figure[data-figure=covered]").First.GetAttributeAsync("data-value"))!);
            await officer.Locator(".bar button[value=submit]").ClickAsync();
            await Expect(officer.Locator(".flash")).ToContainTextAsync("周报已提交");
            await Expect(officer.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "Submitted");
            await Expect(officer.Locator(".figure[data-figure=covered]").First).ToHaveAttributeAsync("data-value", (covered + 1).ToString());
            await Viewports.AssertFitsAsync(officer);
        });

        await Viewports.SignInAsync(walk, bureau, portal, "bureau");

        await walk.StepAsync(bureau, "send-back-with-a-reason", "the reason beside the struck-off row, then status SentBack", async () =>
        {
            await bureau.GotoAsync(portal.BaseUrl + returnPath);
            await bureau.Locator($"textarea[name='RowReasons[{rows[2]}]']").FillAsync(Reason);
            await bureau.Locator(".send-back-form button[type=submit]").ClickAsync();
            await Expect(bureau.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "SentBack");
            await Viewports.AssertFitsAsync(bureau);
        });

        await walk.StepAsync(officer, "see-the-reason-on-the-phone", "the send-back banner and the reason in the row; 有退回意见 lists it", async () =>
        {
            await officer.GotoAsync(portal.BaseUrl + returnPath + "?f=reasons");
            await Expect(officer.Locator(".send-back-reason")).ToBeVisibleAsync();
            await Expect(officer.Locator("tr.return-row")).ToHaveCountAsync(1);
            await Expect(officer.Locator($"p.row-reason[data-estate='{rows[2]}']")).ToContainTextAsync(Reason);
            await Viewports.AssertFitsAsync(officer);
        });
    }
}
