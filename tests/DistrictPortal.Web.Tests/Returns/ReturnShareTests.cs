using System.Globalization;
using System.Net;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>
/// Issue 15's shared return (社区填报) on its own world: a community officer of 牌楼 opens 牌楼's return for the week, sees and
/// saves only its community's rows (观音岩社区 fills in: the demo's earlier weeks struck off every estate of 印盒石社区), is
/// refused another community's row with nothing written, and marks its part done; 牌楼's
/// officer sees 已填报 with who and when, is warned of the communities not done, and submits the whole.
/// </summary>
public sealed class ReturnShareTests(ReturnsWorld world) : IClassFixture<ReturnsWorld>
{
    private sealed record Setting(string Url, long SubDistrictId, IReadOnlyList<CampaignEstate> Estates)
    {
        public IReadOnlyList<long> Of(string community) =>
            Estates.Where(e => e.CommunityName == community).Select(e => e.EstateId).Order().ToList();
    }

    private async Task<Setting> SettingAsync()
    {
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DemoHierarchy.PailouName);
        var campaign = await ReturnsWorld.CampaignAsync(world.Portal);
        var estates = await world.Portal.Services.GetRequiredService<ICampaignRepository>().ListEstatesAsync(campaign.Id, pailou.Id);
        return new Setting(ReturnsWorld.Url(pailou.Id, ReturnsWorld.Week), pailou.Id, estates);
    }

    [Fact]
    public async Task A_community_officer_sees_only_its_communitys_rows_and_no_other_sub_districts_return()
    {
        var s = await SettingAsync();
        using var community = await world.SignInAsync("yinheshi");

        var page = await community.GetPageAsync(s.Url);
        Assert.Equal(s.Of("印盒石社区"), ReturnPage.Rows(page).Keys.Order());
        Assert.NotEmpty(s.Of("印盒石社区"));
        Assert.Contains("id=\"return-form\"", page);
        Assert.DoesNotContain("value=\"submit\"", page);
        Assert.DoesNotContain("name=\"ProgressNarrative\"", page);
        Assert.DoesNotContain("export.xlsx", page);
        foreach (var other in s.Estates.Where(e => e.CommunityName != "印盒石社区"))
            Assert.DoesNotContain(other.EstateName, page);
        Assert.Contains(Html.OpeningTags(page, "share-state"), t => Html.Attribute(t, "data-state") == "NotStarted");

        var donghu = await ReturnsWorld.SubDistrictAsync(world.Portal, "东湖街道（演示）");
        Assert.Equal(HttpStatusCode.NotFound, (await community.GetAsync(ReturnsWorld.Url(donghu.Id, ReturnsWorld.Week))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await community.PostFormAsync(ReturnsWorld.Url(donghu.Id, ReturnsWorld.Week),
            [new("Version", "0"), new("Command", "save")], "/returns")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await community.PostFormAsync($"{ReturnsWorld.Url(donghu.Id, ReturnsWorld.Week)}/community/done",
            [new("partVersion", "0")], "/returns")).StatusCode);
        // Its returns list is its sub-district's.
        Assert.NotEmpty(Html.OpeningTags(await community.GetPageAsync("/returns"), "return-line"));
    }

    [Fact]
    public async Task A_community_saves_and_marks_its_rows_the_sub_district_sees_it_done_and_submits_the_whole()
    {
        var s = await SettingAsync();
        var mine = s.Of("观音岩社区");
        var theirs = s.Of("太平社区")[0];
        using var community = await world.SignInAsync("guanyinyan");

        // A crafted post for 太平社区's row: refused whole, with a message naming it, nothing written.
        var page = await community.GetPageAsync(s.Url);
        var open = ReturnPage.OpenEstate(page); // a row not folded away as an earlier week's strike-off
        Assert.Contains(open, mine);
        var crafted = ReturnPage.FormFields(page).Row(open, "Blockers", "观音岩写的").Row(theirs, "Households", "1").Row(theirs, "Mode", "0")
            .Row(theirs, "Blockers", "越权写入").Command("save");
        var refused = await community.PostFormAsync(s.Url, crafted, s.Url);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("不属于本社区", await refused.Content.ReadAsStringAsync());
        Assert.Null(await ReturnsWorld.StoredAsync(world.Portal, s.SubDistrictId, ReturnsWorld.Week));

        var saved = await community.PostFormAsync(s.Url, ReturnPage.FormFields(page).Row(open, "Blockers", "物业用房未落实（社区填）").Command("save"), s.Url);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", ReturnPage.Summary(await saved.Content.ReadAsStringAsync())));
        var stored = (await ReturnsWorld.StoredAsync(world.Portal, s.SubDistrictId, ReturnsWorld.Week))!;
        Assert.Equal("物业用房未落实（社区填）", stored.Rows.Single(r => r.EstateId == open).Blockers);
        Assert.Equal(s.Estates.Count, stored.Rows.Count);
        Assert.Contains(Html.OpeningTags(await community.GetPageAsync(s.Url), "share-state"), t => Html.Attribute(t, "data-state") == "InProgress");

        // A community officer never submits.
        page = await community.GetPageAsync(s.Url);
        Assert.Equal(HttpStatusCode.Forbidden, (await community.PostFormAsync(s.Url, ReturnPage.FormFields(page).Command("submit"), s.Url)).StatusCode);
        Assert.Equal(ReturnStatus.Draft, (await ReturnsWorld.StoredAsync(world.Portal, s.SubDistrictId, ReturnsWorld.Week))!.Status);

        Assert.Equal(HttpStatusCode.Redirect, (await community.PostFormAsync($"{s.Url}/community/done", [new("partVersion", "1")], s.Url)).StatusCode);
        page = await community.GetPageAsync(s.Url);
        Assert.Contains(Html.OpeningTags(page, "share-state"), t => Html.Attribute(t, "data-state") == "Done");
        Assert.DoesNotContain("id=\"return-form\"", page); // read-only until it withdraws the mark
        Assert.Contains("data-share=\"withdraw\"", page);

        using var officer = await world.SignInAsync("pailou");
        var review = await officer.GetPageAsync(s.Url);
        var line = Html.OpeningTags(review, "share-table").Count == 1
            ? System.Text.RegularExpressions.Regex.Match(review, "<tr data-community=\"观音岩社区\"[^>]*>(.*?)</tr>").Value
            : "";
        Assert.Contains("data-state=\"Done\"", line);
        Assert.Contains("已填报", line);
        Assert.Contains("观音岩社区专干", line);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"<td class=\"num\">{mine.Count}</td>"), line);
        var warning = System.Text.RegularExpressions.Regex.Match(review, "<p class=\"warning share-warning\">(.*?)</p>").Groups[1].Value;
        Assert.Contains("尚未标记已填报的社区", warning);
        Assert.Contains("太平社区", warning);
        Assert.DoesNotContain("观音岩社区", warning);

        // The mark was told to 牌楼's officer, once, in the inbox (Core's notice, keyed by the mark).
        var pailouUser = (await world.Portal.Services.GetRequiredService<Core.Identity.IUserRepository>().GetByUserNameAsync("pailou"))!;
        var told = (await world.Portal.Services.GetRequiredService<Core.Notifications.INotificationRepository>().ListForUserAsync(pailouUser.Id))
            .Where(n => n.MessageKey == Core.Notifications.NoticeKinds.ReturnCommunityDone).ToList();
        Assert.Contains("观音岩社区", Assert.Single(told).Title);

        // 太平社区 reads the week while it is a draft, and marks only after the sub-district has submitted (the race).
        await using var scope = world.Portal.Services.CreateAsyncScope();
        var pailouNode = await ReturnsWorld.SubDistrictAsync(world.Portal, DemoHierarchy.PailouName);
        var stale = (await scope.ServiceProvider.GetRequiredService<Features.Returns.ReturnService>().LoadAsync(pailouNode, ReturnsWorld.Week))!;
        var taiping = (await world.Portal.Services.GetRequiredService<Core.Hierarchy.INodeRepository>().GetChildrenAsync(pailouNode.Id)).Single(c => c.Name == "太平社区");

        // Submitting does not wait for the others (a warning, not a refusal).
        var submitted = await officer.PostFormAsync(s.Url, ReturnPage.FormFields(review).Command("submit"), s.Url);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(ReturnStatus.Submitted, (await ReturnsWorld.StoredAsync(world.Portal, s.SubDistrictId, ReturnsWorld.Week))!.Status);

        var tooLate = await scope.ServiceProvider.GetRequiredService<ReturnShareService>().MarkAsync(stale, taiping, ShareAction.MarkDone, 0,
            new ReturnActor(new Core.Auditing.ChangeContext(0, "太平社区专干", DateTime.UtcNow), Core.Identity.Role.CommunityOfficer, "太平社区专干"));
        Assert.Equal((ReturnShare.NotOpen, ReturnStatus.Submitted), (Assert.Single(tooLate.Errors).Code, (ReturnStatus)tooLate.Errors[0].Args[0]));
        Assert.DoesNotContain(await world.Portal.Services.GetRequiredService<IReturnShareRepository>().ListAsync(stored.Id), p => p.CommunityId == taiping.Id);

        // Once submitted the community can no longer withdraw its mark.
        var late = await community.PostFormAsync($"{s.Url}/community/withdraw", [new("partVersion", "2")], s.Url);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("街道已提交", await late.Content.ReadAsStringAsync());
        var trail = await world.Portal.Services.GetRequiredService<Core.Auditing.IAuditRepository>()
            .ListForEntityAsync(Core.Auditing.AuditEntities.WeeklyReturn, stored.Id, 5000);
        Assert.Equal([("NotStarted", "InProgress"), ("InProgress", "Done")],
            trail.Where(e => e.Field == "Communities[观音岩社区].State").OrderBy(e => e.Id).Select(e => (e.OldValue, e.NewValue)));
    }

    [Fact]
    public async Task Only_a_community_officer_marks_a_part()
    {
        var s = await SettingAsync();
        using var officer = await world.SignInAsync("pailou");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormAsync($"{s.Url}/community/done", [new("partVersion", "0")], s.Url)).StatusCode);
        using var bureau = await world.SignInAsync("bureau");
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.PostFormAsync($"{s.Url}/community/done", [new("partVersion", "0")], "/returns")).StatusCode);
    }
}
