using DistrictPortal.Browser.Tests.Infrastructure;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DistrictPortal.Browser.Tests;

/// <summary>
/// Issue 15's shared return (社区填报, P11: 街道负责、社区落实): 观音岩社区's officer, on a phone (390×844), opens 牌楼's return
/// for the week, sees only its community's rows, fills two of them in, saves and marks its part 已填报; 牌楼's officer, on a
/// laptop (1366×768), sees 观音岩社区 已填报 with who marked it, is warned of the communities not done, and submits the
/// whole; the community then finds its part closed. Every step: a screenshot, axe-core, and the page within its window.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReturnShareWalkTests(Chromium chromium)
{
    // The demo's earlier weeks struck off every estate of 印盒石社区; 观音岩社区 still has open ones to fill in.
    private const string Community = "观音岩社区";

    static ReturnShareWalkTests() => SetDefaultExpectTimeout(15_000);

    [Fact]
    public async Task A_community_fills_in_its_rows_and_marks_them_done_before_the_sub_district_submits()
    {
        using var portal = new BrowserPortal();
        var (returnPath, own, others) = await ReturnOfPailouAsync(portal);
        var walk = new Walk("community-share");
        await using var phone = await Viewports.ContextAsync(chromium.Browser, portal, Viewports.Phone);
        await using var laptop = await Viewports.ContextAsync(chromium.Browser, portal, Viewports.Laptop);
        var community = await phone.NewPageAsync();
        var officer = await laptop.NewPageAsync();

        await Viewports.SignInAsync(walk, community, portal, "guanyinyan");

        await walk.StepAsync(community, "open-the-sub-districts-return", "only the community's rows, no submit, its part 未开始", async () =>
        {
            await community.GotoAsync(portal.BaseUrl + "/returns");
            await community.Locator($"a[href='{returnPath}']").First.ClickAsync();
            await Expect(community.Locator("tr.return-row")).ToHaveCountAsync(own.Count);
            await Expect(community.Locator("#share .share-state")).ToHaveAttributeAsync("data-state", "NotStarted");
            await Expect(community.Locator(".bar button[value=submit]")).ToHaveCountAsync(0);
            await Expect(community.Locator("textarea[name=ProgressNarrative]")).ToHaveCountAsync(0);
            await Expect(community.Locator("tr.return-row", new() { HasText = others[0] })).ToHaveCountAsync(0);
            await Viewports.AssertFitsAsync(community);
        });

        await walk.StepAsync(community, "fill-in-and-save", "two rows typed and saved; the part 填报中", async () =>
        {
            var rows = community.Locator("tr.return-row[data-struck-off=false]");
            var first = (await rows.Nth(0).GetAttributeAsync("data-estate"))!;
            var second = (await rows.Nth(1).GetAttributeAsync("data-estate"))!;
            await community.Locator($"textarea[name='Rows[{first}].Blockers']").FillAsync("业主意见未统一（社区填）");
            await community.Locator($"textarea[name='Rows[{second}].HelpAsked']").FillAsync("请区级协调物业用房（社区填）");
            await community.Locator(".bar button[value=save]").ClickAsync();
            await Expect(community.Locator(".flash")).ToContainTextAsync("草稿已保存");
            await Expect(community.Locator($"textarea[name='Rows[{first}].Blockers']")).ToHaveValueAsync("业主意见未统一（社区填）");
            await Expect(community.Locator("#share .share-state")).ToHaveAttributeAsync("data-state", "InProgress");
            await Viewports.AssertFitsAsync(community);
        });

        await walk.StepAsync(community, "mark-done", "已填报 with who and when; the rows read-only until withdrawn", async () =>
        {
            await community.Locator("#share button[data-share=done]").ClickAsync();
            await Expect(community.Locator(".flash")).ToContainTextAsync("已标记为已填报");
            await Expect(community.Locator("#share .share-state")).ToHaveAttributeAsync("data-state", "Done");
            await Expect(community.Locator("#share")).ToContainTextAsync("观音岩社区专干");
            await Expect(community.Locator("#return-form")).ToHaveCountAsync(0);
            await Expect(community.Locator("#share button[data-share=withdraw]")).ToBeVisibleAsync();
            await Viewports.AssertFitsAsync(community);
        });

        await Viewports.SignInAsync(walk, officer, portal, "pailou");

        await walk.StepAsync(officer, "sub-district-sees-who-is-done", "观音岩社区 已填报 with who marked it; a warning naming the rest", async () =>
        {
            await officer.GotoAsync(portal.BaseUrl + returnPath);
            var line = officer.Locator($".share-table tr[data-community='{Community}']");
            await Expect(line).ToHaveAttributeAsync("data-state", "Done");
            await Expect(line).ToContainTextAsync("已填报");
            await Expect(line).ToContainTextAsync("观音岩社区专干");
            await Expect(line.Locator("td.num")).ToHaveTextAsync(own.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(officer.Locator(".share-table tr[data-state=NotStarted]").First).ToBeVisibleAsync();
            await Expect(officer.Locator(".share-warning")).ToContainTextAsync("尚未标记已填报的社区");
            // The community's typing is in the sub-district's return.
            await Expect(officer.Locator("textarea", new() { HasText = "业主意见未统一（社区填）" })).ToHaveCountAsync(1);
            await officer.Locator("#share").ScrollIntoViewIfNeededAsync();
            await Viewports.AssertFitsAsync(officer);
        });

        await walk.StepAsync(officer, "submit-the-whole", "submitted despite the communities not done (a warning, not a refusal)", async () =>
        {
            await officer.Locator(".bar button[value=submit]").ClickAsync();
            await Expect(officer.Locator(".flash")).ToContainTextAsync("周报已提交");
            await Expect(officer.Locator(".return-status").First).ToHaveAttributeAsync("data-status", "Submitted");
            await Viewports.AssertFitsAsync(officer);
        });

        await walk.StepAsync(community, "the-part-is-closed", "after the submit the community can no longer withdraw", async () =>
        {
            await community.ReloadAsync();
            await Expect(community.Locator("#share .share-state")).ToHaveAttributeAsync("data-state", "Done");
            await Expect(community.Locator("#share button")).ToHaveCountAsync(0);
            await Expect(community.Locator("#share")).ToContainTextAsync("街道已提交");
            await Viewports.AssertFitsAsync(community);
        });
    }

    /// <summary>牌楼's return address for the week, its estates of 观音岩社区 and the names of some estates of other communities.</summary>
    private static async Task<(string Path, IReadOnlyList<long> Own, IReadOnlyList<string> Others)> ReturnOfPailouAsync(BrowserPortal portal)
    {
        var nodes = portal.Services.GetRequiredService<INodeRepository>();
        var campaigns = portal.Services.GetRequiredService<ICampaignRepository>();
        var root = Assert.Single(await nodes.GetRootsAsync());
        var pailou = Assert.Single(await nodes.ListByLevelAsync(root.Path, NodeLevel.SubDistrict), n => n.Name == DemoHierarchy.PailouName);
        var campaign = (await campaigns.GetForNodeAsync(pailou.Path))!;
        var estates = await campaigns.ListEstatesAsync(campaign.Id, pailou.Id);
        var path = $"/returns/{pailou.Id}/{BrowserPortal.Week:yyyy-MM-dd}";
        return (path, estates.Where(e => e.CommunityName == Community).Select(e => e.EstateId).ToList(),
            estates.Where(e => e.CommunityName != Community).Select(e => e.EstateName).ToList());
    }
}
