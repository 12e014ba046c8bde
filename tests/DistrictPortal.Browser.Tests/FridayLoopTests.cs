using System.Globalization;
using System.Text.RegularExpressions;
using DistrictPortal.Browser.Tests.Infrastructure;
using DistrictPortal.Web.Infrastructure.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DistrictPortal.Browser.Tests;

/// <summary>
/// Issue 8's browser walk: the Friday loop in Debian's Chromium against the portal on Kestrel, once in Chinese and once
/// in English (chosen with the header's switch). 牌楼's officer files this week's return on time, striking one estate off
/// with its six haves ticked; the bureau sends it back with a reason beside that row; the officer sees the reason, fixes
/// the row and resubmits; the bureau accepts; the return is locked, and the matrix and the estate's audit show it.
/// Officer and reviewer each have their own browser context (cookie jar), as two people at two desks would.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FridayLoopTests(Chromium chromium)
{
    private const string RowReason = "请补充六有佐证 / please attach the six-haves evidence";
    private const string Fix = "已补充六有佐证材料 / evidence attached";

    static FridayLoopTests() => SetDefaultExpectTimeout(10_000);

    [Fact]
    public Task The_Friday_loop_in_Chinese() => WalkAsync(Language.Chinese);

    [Fact]
    public Task The_Friday_loop_in_English() => WalkAsync(Language.English);

    private async Task WalkAsync(Language language)
    {
        var browser = chromium.Browser;
        using var portal = new BrowserPortal();
        var walk = new Walk(language.Name);
        await using var officerContext = await NewContextAsync(browser, portal);
        await using var bureauContext = await NewContextAsync(browser, portal);
        var officer = await officerContext.NewPageAsync();
        var bureau = await bureauContext.NewPageAsync();
        var week = BrowserPortal.Week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string returnPath = "";
        string estateId = "";
        string subDistrictId = "";

        await SignInAsync(walk, officer, portal, language, "pailou");

        // The league for this week before anything is filed: 牌楼's line carries its last accepted snapshot forward.
        var coveredBefore = 0;
        await walk.StepAsync(officer, "league-before", $"/league?week={week} listing 牌楼 with its covered count", async () =>
        {
            await officer.GotoAsync($"{portal.BaseUrl}/league?week={week}");
            coveredBefore = await LeagueCoveredAsync(officer, "牌楼街道");
            await officer.GotoAsync(portal.BaseUrl + "/");
        });

        await walk.StepAsync(officer, "open-this-weeks-return", $"a link \"{language.FileReturn}\" to this week's return, not started, with an editable form", async () =>
        {
            await officer.GetByRole(AriaRole.Link, new() { Name = language.FileReturn }).ClickAsync();
            await Expect(officer).ToHaveURLAsync(new Regex($"/returns/\\d+/{week}$"));
            await Expect(officer.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "NotStarted");
            await Expect(officer.Locator("#return-form")).ToBeVisibleAsync();
            returnPath = new Uri(officer.Url).AbsolutePath;
            subDistrictId = returnPath.Split('/')[2];
        });

        await walk.StepAsync(officer, "tick-six-haves-and-strike-off", "an estate row taking a mode, six ticked haves, the strike-off box and today's date", async () =>
        {
            var row = officer.Locator("tr.return-row[data-struck-off=false]").First;
            estateId = (await row.GetAttributeAsync("data-estate"))!;
            await row.Locator($"select[name='Rows[{estateId}].Mode']").SelectOptionAsync(new SelectOptionValue { Value = ((int)DistrictPortal.Core.Estates.ManagementMode.PropertyEnterprise).ToString(CultureInfo.InvariantCulture) });
            var haves = row.Locator($"input[type=checkbox][name='Rows[{estateId}].SixHaves']");
            await Expect(haves).ToHaveCountAsync(6);
            for (var i = 0; i < 6; i++)
                await haves.Nth(i).CheckAsync();
            await row.Locator($"input[type=checkbox][name='Rows[{estateId}].IsStruckOff']").CheckAsync();
            await row.Locator($"input[name='Rows[{estateId}].StruckOffDate']").FillAsync(week);
            await row.Locator($"input[name='Rows[{estateId}].ContractSignedDate']").FillAsync(week);
            await row.ScrollIntoViewIfNeededAsync();
        });

        await walk.StepAsync(officer, "submit-on-time", $"\"{language.Submitted}\", status Submitted, on time, the form gone", async () =>
        {
            await officer.Locator("#return-form button[name=Command][value=submit]").ClickAsync();
            await Expect(officer.Locator(".flash")).ToContainTextAsync(language.Submitted);
            await Expect(officer.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "Submitted");
            await Expect(officer.Locator(".timeliness").First).ToHaveAttributeAsync("data-timeliness", "OnTime");
            await Expect(officer.Locator("#return-form")).ToHaveCountAsync(0);
        });

        await SignInAsync(walk, bureau, portal, language, "bureau");

        await walk.StepAsync(bureau, "send-back-with-a-row-reason", $"a reason box beside the row, then \"{language.SentBack}\" and status SentBack", async () =>
        {
            await bureau.GotoAsync(portal.BaseUrl + returnPath);
            await bureau.Locator($"textarea[name='RowReasons[{estateId}]']").FillAsync(RowReason);
            await bureau.Locator(".send-back-form button[type=submit]").ClickAsync();
            await Expect(bureau.Locator(".flash")).ToContainTextAsync(language.SentBack);
            await Expect(bureau.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "SentBack");
        });

        await walk.StepAsync(officer, "see-the-reason-beside-the-row", $"\"{language.RowReason} {RowReason}\" in the estate's row and the form open again", async () =>
        {
            await officer.ReloadAsync();
            var reason = officer.Locator($"p.row-reason[data-estate='{estateId}']");
            await Expect(reason).ToContainTextAsync(language.RowReason);
            await Expect(reason).ToContainTextAsync(RowReason);
            await reason.ScrollIntoViewIfNeededAsync();
            await Expect(officer.Locator("#return-form")).ToBeVisibleAsync();
        });

        await walk.StepAsync(officer, "fix-and-resubmit", "the row marked as changed since the send-back, status Submitted, still on time", async () =>
        {
            await officer.Locator($"textarea[name='Rows[{estateId}].Blockers']").FillAsync(Fix);
            await officer.Locator("#return-form button[name=Command][value=submit]").ClickAsync();
            await Expect(officer.Locator(".flash")).ToContainTextAsync(language.Submitted);
            await Expect(officer.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "Submitted");
            await Expect(officer.Locator(".timeliness").First).ToHaveAttributeAsync("data-timeliness", "OnTime");
            await Expect(officer.Locator($"tr.return-row[data-estate='{estateId}']")).ToHaveAttributeAsync("data-changed", "true");
        });

        await walk.StepAsync(bureau, "accept", $"\"{language.Accepted}\", status Accepted, the figures frozen, only a reopen form left", async () =>
        {
            await bureau.ReloadAsync();
            await bureau.Locator(".accept-form button[type=submit]").ClickAsync();
            await Expect(bureau.Locator(".flash")).ToContainTextAsync(language.Accepted);
            await Expect(bureau.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "Accepted");
            await Expect(bureau.Locator(".frozen-note").First).ToBeVisibleAsync();
            await Expect(bureau.Locator(".reopen-form")).ToBeVisibleAsync();
        });

        await walk.StepAsync(officer, "locked-for-the-officer", "status Accepted, no editable form, the row struck off", async () =>
        {
            await officer.ReloadAsync();
            await Expect(officer.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "Accepted");
            await Expect(officer.Locator("#return-form")).ToHaveCountAsync(0);
            await Expect(officer.Locator($"tr.return-row[data-estate='{estateId}']")).ToHaveAttributeAsync("data-struck-off", "true");
        });

        await walk.StepAsync(bureau, "matrix-shows-it", "牌楼's cell for this week on time and accepted in the completeness matrix", async () =>
        {
            await bureau.GotoAsync(portal.BaseUrl + "/returns/matrix");
            var cell = bureau.Locator($"td.matrix-cell[data-sub-district='{subDistrictId}'][data-week='{week}']");
            await Expect(cell).ToHaveAttributeAsync("data-status", "Accepted");
            await Expect(cell).ToHaveAttributeAsync("data-kind", "OnTime");
            await cell.ScrollIntoViewIfNeededAsync();
        });

        await walk.StepAsync(officer, "estate-audit-shows-it", "the estate's audit naming the reviewer whose acceptance struck it off", async () =>
        {
            await officer.GotoAsync($"{portal.BaseUrl}/estates/{estateId}");
            var audit = officer.Locator("section.audit");
            await Expect(audit).ToContainTextAsync(DemoAccounts.All.Single(a => a.UserName == "bureau").DisplayName);
            await audit.ScrollIntoViewIfNeededAsync();
        });

        await walk.StepAsync(bureau, "league-moves", $"/league?week={week} counting 牌楼's accepted strike-off: covered one more than before, no carried-forward badge", async () =>
        {
            await bureau.GotoAsync($"{portal.BaseUrl}/league?week={week}");
            Assert.Equal(coveredBefore + 1, await LeagueCoveredAsync(bureau, "牌楼街道"));
            var row = bureau.Locator("tr.league-row[data-name='牌楼街道']");
            Assert.DoesNotContain("CarriedForward", await row.GetAttributeAsync("data-badges") ?? "");
            await row.ScrollIntoViewIfNeededAsync();
        });

        var covered = "";
        await walk.StepAsync(officer, "export-the-return-to-excel", $"a link \"{language.ExportExcel}\" downloading the week's .xlsx whose figures note and 是否销号 column agree with the page's covered count", async () =>
        {
            await officer.GotoAsync(portal.BaseUrl + returnPath);
            covered = (await officer.Locator(".figure[data-figure=covered]").First.GetAttributeAsync("data-value"))!;
            var link = officer.GetByRole(AriaRole.Link, new() { Name = language.ExportExcel });
            await link.ScrollIntoViewIfNeededAsync();
            var download = await officer.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            Assert.EndsWith($"{week}.xlsx", download.SuggestedFilename);
            using var workbook = Downloads.Workbook(await download.PathAsync());
            var sheet = workbook.Worksheet(1);
            Assert.Contains(sheet.CellsUsed(), c => c.GetString().Contains($"已销号 {covered} 个", StringComparison.Ordinal));
            var struckOff = sheet.Row(3).CellsUsed().Single(c => c.GetString() == "是否销号").Address.ColumnNumber;
            Assert.Equal(int.Parse(covered, CultureInfo.InvariantCulture), sheet.Column(struckOff).CellsUsed().Count(c => c.GetString() == "是"));
        });

        await walk.StepAsync(officer, "download-the-weeks-pdf-briefing", $"/briefings/{{牌楼}}.pdf?week={week} naming 牌楼's covered count from the page", async () =>
        {
            var response = await officer.APIRequest.GetAsync($"{portal.BaseUrl}/briefings/{subDistrictId}.pdf?week={week}");
            Assert.Equal(200, response.Status);
            Assert.Equal("application/pdf", response.Headers["content-type"]);
            var text = Downloads.PdfText(await response.BodyAsync());
            Assert.Contains("牌楼街道无物业管理小区清零行动工作简报", text);
            // The sentence wraps where the page ends a line: read it as one.
            Assert.Contains($"已销号{covered}个", text.Replace("\n", "", StringComparison.Ordinal));
            Assert.Matches($"数据快照 S-{week}-\\d{{4}}", text);
        });
    }

    /// <summary>The covered (struck-off) count on a sub-district's line of the league table, as the page shows it.</summary>
    private static async Task<int> LeagueCoveredAsync(IPage page, string subDistrict)
    {
        var cell = page.Locator($"tr.league-row[data-name='{subDistrict}'] td[data-figure=covered]");
        await Expect(cell).ToHaveCountAsync(1);
        return int.Parse((await cell.InnerTextAsync()).Trim().Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    private static Task<IBrowserContext> NewContextAsync(IBrowser browser, BrowserPortal portal) =>
        browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });

    /// <summary>Chooses the language with the header's switch on the sign-in page, then signs in with the demo password.</summary>
    private static async Task SignInAsync(Walk walk, IPage page, BrowserPortal portal, Language language, string userName)
    {
        // The portal's confirmations (submit, send back, accept) are window.confirm: the user says yes.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await walk.StepAsync(page, $"sign-in-{userName}", $"the header's language switch to {language.Culture}, then {userName}'s home page", async () =>
        {
            await page.GotoAsync(portal.BaseUrl + "/account/login");
            await page.Locator($".language-switch button[value='{language.Culture}']").ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language.HtmlLang);
            await page.Locator("#UserName").FillAsync(userName);
            await page.Locator("#Password").FillAsync(DemoAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = language.SignIn, Exact = true }).ClickAsync();
            await Expect(page.Locator(".session__user")).ToHaveAttributeAsync("title", userName);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language.HtmlLang);
        });
    }
}
