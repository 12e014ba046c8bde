using System.Net;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using DistrictPortal.Web.Tests.Returns;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Notices;

[CollectionDefinition(Name)]
public sealed class NoticeCollection : ICollectionFixture<ReturnsWorld>
{
    public const string Name = "notices";
}

/// <summary>
/// Issue 15 through the portal: the bureau sends 牌楼's return back with a reason and a row reason, accepts it, reopens
/// it; each decision reaches 牌楼's officer in the inbox (in the reader's language) and its robots' outbox, and the home
/// page shows the waiting send-back's reasons with a link to the return. Its own portal, so no other test files 牌楼.
/// </summary>
[Collection(NoticeCollection.Name)]
public sealed class ReviewNoticeTests(ReturnsWorld world)
{
    private const string Reason = "请补充物业用房照片";
    private const string RowReason = "户数与台账不符";

    private T Get<T>() where T : notnull => world.Portal.Services.GetRequiredService<T>();

    private async Task<IReadOnlyList<Notification>> InboxOfAsync(string userName) =>
        await Get<INotificationRepository>().ListForUserAsync((await Get<Core.Identity.IUserRepository>().GetByUserNameAsync(userName))!.Id);

    [Fact]
    public async Task Each_decision_reaches_the_officers_inbox_and_the_robots_and_the_home_page_shows_the_reasons()
    {
        await ReturnsWorld.CampaignAsync(world.Portal);
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DemoHierarchy.PailouName);
        var district = Assert.Single(await Get<INodeRepository>().GetLineageAsync(pailou.Id), n => n.Level == NodeLevel.District);
        var robot = await Get<RobotWebhookService>().SetAsync(district.Id, RobotKind.WeCom, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=test-key", null,
            new Core.Auditing.ChangeContext(0, "test", DateTime.UtcNow));
        Assert.True(robot.Succeeded);
        var url = ReturnsWorld.Url(pailou.Id, ReturnsWorld.Week);
        using var officer = await world.SignInAsync("pailou");
        using var bureau = await world.SignInAsync("bureau");
        var before = (await InboxOfAsync("pailou")).Count;

        var page = await officer.GetPageAsync(url);
        var estateId = ReturnPage.OpenEstate(page);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, ReturnPage.FormFields(page).Command("submit"), url)).StatusCode);
        Assert.Equal(before, (await InboxOfAsync("pailou")).Count); // submitting tells the officer nothing
        Assert.Empty(Html.OpeningTags(await officer.GetPageAsync("/"), "home-review-reason"));

        var review = await bureau.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.PostFormAsync($"{url}/send-back",
            [new("Version", ReturnPage.VersionOf(review, "send-back-form")!), new("Reason", Reason), new($"RowReasons[{estateId}]", RowReason)], url)).StatusCode);

        // The inbox: one new notice, with the reason and the row's reason, linking to the return.
        var sentBack = Assert.Single(await InboxOfAsync("pailou"), n => n.MessageKey == NoticeKinds.ReturnSentBack);
        Assert.Equal(url, sentBack.Link);
        var inbox = await officer.GetPageAsync("/inbox");
        var row = Assert.Single(Html.OpeningTags(inbox, "notification"), t => Html.Attribute(t, "data-id") == sentBack.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("return:ReturnSentBack:", Html.Attribute(row, "data-key"), StringComparison.Ordinal);
        var text = Html.Text(inbox);
        Assert.Contains($"{DemoHierarchy.PailouName} 2026-11-27 周报被退回", text, StringComparison.Ordinal);
        Assert.Contains($"退回理由：{Reason}", text, StringComparison.Ordinal);
        Assert.Contains(RowReason, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Notice.", inbox, StringComparison.Ordinal);

        // The home page says why, not only 已退回, and links to the return.
        var home = await officer.GetPageAsync("/");
        var panel = Assert.Single(Html.OpeningTags(home, "home-review-reason"));
        Assert.Equal(("SentBack", "2026-11-27"), (Html.Attribute(panel, "data-status"), Html.Attribute(panel, "data-week")));
        Assert.Contains(Reason, home, StringComparison.Ordinal);
        Assert.Contains(RowReason, home, StringComparison.Ordinal);
        Assert.Contains($"class=\"button button--primary review-reason-link\" href=\"{url}\"", home, StringComparison.Ordinal);

        // The same notice in English for a reader who chose English.
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/language", [new("culture", "en"), new("returnUrl", "/inbox")], tokenPage: "/inbox")).StatusCode);
        var english = Html.Text(await officer.GetPageAsync("/inbox"));
        Assert.Contains("the return for the week ending 2026-11-27 was sent back", english, StringComparison.Ordinal);
        Assert.Contains($"Reason: {Reason}", english, StringComparison.Ordinal);
        Assert.Contains($"Row by row:", english, StringComparison.Ordinal);
        Assert.Contains("Return sent back", Html.Text(await officer.GetPageAsync("/")), StringComparison.Ordinal);

        // The district's robot has the message queued once, in Chinese, with the link.
        var queued = (await Get<IWebhookOutbox>().GetAsync(WebhookDelivery.IdFor(sentBack.DedupKey, district.Id)))!;
        Assert.Equal(($"{DemoHierarchy.PailouName} 2026-11-27 周报被退回", DeliveryStatus.Pending), (queued.Title, queued.Status));
        Assert.Contains(RowReason, queued.Body, StringComparison.Ordinal);
        Assert.EndsWith(url, queued.Link, StringComparison.Ordinal);
        Assert.Null(await Get<IWebhookOutbox>().GetAsync(WebhookDelivery.IdFor(sentBack.DedupKey, pailou.Id))); // 牌楼 has no robot

        // Resubmitted and accepted: told, and the home page no longer shows a waiting reason.
        page = await officer.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, ReturnPage.FormFields(page).Command("submit"), url)).StatusCode);
        review = await bureau.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.PostFormAsync($"{url}/accept", [new("Version", ReturnPage.VersionOf(review, "accept-form")!)], url)).StatusCode);
        Assert.Single(await InboxOfAsync("pailou"), n => n.MessageKey == NoticeKinds.ReturnAccepted);
        Assert.Empty(Html.OpeningTags(await officer.GetPageAsync("/"), "home-review-reason"));

        // Reopened with a reason: told, and the home page shows it.
        review = await bureau.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.PostFormAsync($"{url}/reopen",
            [new("Version", ReturnPage.VersionOf(review, "reopen-form")!), new("Reason", "更正销号日期")], url)).StatusCode);
        Assert.Single(await InboxOfAsync("pailou"), n => n.MessageKey == NoticeKinds.ReturnReopened);
        var reopened = Assert.Single(Html.OpeningTags(await officer.GetPageAsync("/"), "home-review-reason"));
        Assert.Equal("Reopened", Html.Attribute(reopened, "data-status"));
        // Nobody outside 牌楼 heard of any of it.
        Assert.DoesNotContain(await InboxOfAsync("donghu"), n => n.Link == url);
    }
}
