using System.Net;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Returns;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Notices;

/// <summary>
/// A 督办 raised by hand is told by Core (issue 16's flaw): it reaches 牌楼's officer's inbox once and the district's
/// group robot's outbox, like every other notice. Before the fix the controller told the inbox only, so the robot had nothing.
/// </summary>
[Collection(NoticeCollection.Name)]
public sealed class ByHandOrderNoticeTests(ReturnsWorld world)
{
    private T Get<T>() where T : notnull => world.Portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task An_order_raised_by_hand_reaches_the_inbox_once_and_the_robot_outbox()
    {
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DemoHierarchy.PailouName);
        var district = Assert.Single(await Get<INodeRepository>().GetLineageAsync(pailou.Id), n => n.Level == NodeLevel.District);
        Assert.True((await Get<RobotWebhookService>().SetAsync(district.Id, RobotKind.WeCom, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=test-key", null,
            new Core.Auditing.ChangeContext(0, "test", DateTime.UtcNow))).Succeeded);
        using var admin = await world.SignInAsync("admin");

        var raised = await admin.PostFormAsync("/supervision/new",
        [
            new("SubjectKind", "1"), new("SubDistrictId", pailou.Id.ToString()), new("Reason", "袁家墩社区5个小区无人保洁（通知测试）"),
            new("RequiredAction", "十日内落实保洁"), new("Deadline", ReturnsWorld.Week.AddDays(10).ToString("yyyy-MM-dd")),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var id = long.Parse(raised.Headers.Location!.OriginalString.Split('/').Last());
        var officer = (await Get<Core.Identity.IUserRepository>().GetByUserNameAsync("pailou"))!;
        var told = Assert.Single(await Get<INotificationRepository>().ListForUserAsync(officer.Id), n => n.Link == $"/supervision/{id}");
        Assert.Equal((NoticeKinds.SupervisionOrderByHand, SupervisionNotices.ByHandDedupKey(id)), (told.MessageKey, told.DedupKey));
        var queued = (await Get<IWebhookOutbox>().GetAsync(WebhookDelivery.IdFor(told.DedupKey, district.Id)))!;
        Assert.Equal(($"督办：{DemoHierarchy.PailouName}收到一份督办单，请于 2026-12-07 前反馈", DeliveryStatus.Pending), (queued.Title, queued.Status));
        Assert.Contains("十日内落实保洁", queued.Body, StringComparison.Ordinal);
        Assert.EndsWith($"/supervision/{id}", queued.Link, StringComparison.Ordinal);
    }
}
