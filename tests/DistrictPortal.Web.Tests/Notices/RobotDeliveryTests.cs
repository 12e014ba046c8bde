using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Notices;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Notices;

/// <summary>
/// The robot outbox end to end against a local listener: the portal's own notice service and SQLite outbox, the job and
/// its HttpClient with the resilience handler as registered, with short waits (Robots:RetryDelay) so retries take
/// milliseconds. Each test points one demo sub-district's robot at its own listener.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RobotDeliveryTests(PortalFactory factory) : IDisposable
{
    private const string Secret = "SEC0123456789abcdef0123456789abcdef";
    private static readonly ChangeContext Admin = new(0, "robot-test", DateTime.UtcNow);
    private readonly RobotListener _robot = new();

    public void Dispose() => _robot.Dispose();

    /// <summary>The job as the portal registers it, with the portal's stores and these options.</summary>
    private WebhookDeliveryJob Job(int retryAttempts = 3, int maxAttempts = 5)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Robots:RetryAttempts"] = retryAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Robots:RetryDelay"] = "00:00:00.010",
            ["Robots:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Robots:RetryAfter"] = "00:01:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddPortalNotices(config);
        services.AddSingleton(factory.Services.GetRequiredService<IWebhookOutbox>());
        services.AddSingleton(factory.Services.GetRequiredService<IRobotWebhookRepository>());
        return services.BuildServiceProvider().GetRequiredService<WebhookDeliveryJob>();
    }

    private async Task<(Node SubDistrict, string DeliveryId)> RaiseAsync(string subDistrictName, RobotKind kind, string url, string? secret, DateTime at)
    {
        var node = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, subDistrictName);
        var set = await factory.Services.GetRequiredService<RobotWebhookService>().SetAsync(node.Id, kind, url, secret, Admin);
        Assert.True(set.Succeeded, string.Join("; ", set.Errors));
        var key = $"robot-test:{Guid.NewGuid():N}";
        var notice = new Notice(NoticeKinds.ReturnSentBack, node, [node.Name, "2026-11-27", "请补充照片", "金星小区：缺少照片", "区住建局审核员"],
            "/returns/1/2026-11-27", key, NoticeAudience.Officers);
        await factory.Services.GetRequiredService<IPortalNotices>().RaiseAsync(notice, at);
        // Raised twice (a double click, a retried workflow): still one message in the outbox.
        await factory.Services.GetRequiredService<IPortalNotices>().RaiseAsync(notice, at);
        return (node, WebhookDelivery.IdFor(key, node.Id));
    }

    private Task<WebhookDelivery?> DeliveryAsync(string id) => factory.Services.GetRequiredService<IWebhookOutbox>().GetAsync(id);

    private async Task ClearAsync(Node node) => await factory.Services.GetRequiredService<RobotWebhookService>().ClearAsync(node.Id, Admin);

    [Fact]
    public async Task A_message_reaches_a_DingTalk_robot_once_with_a_valid_signature()
    {
        var at = DateTime.UtcNow;
        var (node, id) = await RaiseAsync(DemoHierarchy.GeneratedSubDistricts[1].Name, RobotKind.DingTalk, _robot.Address("/robot/send?access_token=tok123"), Secret, at);
        try
        {
            var job = Job();
            await job.RunAsync(at);
            await job.RunAsync(at.AddMinutes(10));

            var (url, body) = Assert.Single(_robot.Requests);
            var query = HttpUtility.ParseQueryString(url.Query);
            Assert.Equal("tok123", query["access_token"]);
            var timestamp = query["timestamp"]!;
            Assert.InRange(long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture),
                DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            // DingTalk's check, done here independently: base64(HMAC-SHA256(secret, timestamp + "\n" + secret)), URL-encoded on the wire.
            var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}\n{Secret}")));
            Assert.Equal(expected, query["sign"]);
            Assert.Contains("sign=" + Uri.EscapeDataString(expected), url.OriginalString, StringComparison.Ordinal);

            using var json = JsonDocument.Parse(body);
            Assert.Equal("text", json.RootElement.GetProperty("msgtype").GetString());
            var content = json.RootElement.GetProperty("text").GetProperty("content").GetString()!;
            Assert.Contains($"{node.Name} 2026-11-27 周报被退回", content, StringComparison.Ordinal);
            Assert.Contains("请补充照片", content, StringComparison.Ordinal);
            Assert.Contains("金星小区：缺少照片", content, StringComparison.Ordinal);
            Assert.Equal((DeliveryStatus.Delivered, 1), ((await DeliveryAsync(id))!.Status, (await DeliveryAsync(id))!.Attempts));
        }
        finally
        {
            await ClearAsync(node);
        }
    }

    [Fact]
    public async Task A_WeCom_robot_gets_the_message_at_its_key_without_a_signature()
    {
        var at = DateTime.UtcNow;
        var (node, id) = await RaiseAsync(DemoHierarchy.GeneratedSubDistricts[3].Name, RobotKind.WeCom, _robot.Address("/cgi-bin/webhook/send?key=k-42"), null, at);
        try
        {
            await Job().RunAsync(at);

            var (url, _) = Assert.Single(_robot.Requests);
            Assert.Equal("?key=k-42", url.Query);
            Assert.Equal(DeliveryStatus.Delivered, (await DeliveryAsync(id))!.Status);
        }
        finally
        {
            await ClearAsync(node);
        }
    }

    [Fact]
    public async Task A_500_then_200_is_retried_by_the_resilience_handler_and_delivered_once()
    {
        _robot.Answer = n => n == 1 ? (500, "busy") : (200, """{"errcode":0}""");
        var at = DateTime.UtcNow;
        var (node, id) = await RaiseAsync(DemoHierarchy.GeneratedSubDistricts[1].Name, RobotKind.WeCom, _robot.Address("/send?key=k"), null, at);
        try
        {
            var job = Job();
            await job.RunAsync(at);
            await job.RunAsync(at.AddHours(1));

            Assert.Equal(2, _robot.Requests.Count);
            var delivery = (await DeliveryAsync(id))!;
            Assert.Equal((DeliveryStatus.Delivered, 1), (delivery.Status, delivery.Attempts));
        }
        finally
        {
            await ClearAsync(node);
        }
    }

    [Fact]
    public async Task A_robot_that_always_fails_ends_as_failed_and_is_never_posted_again()
    {
        _robot.Answer = _ => (500, "down");
        var at = DateTime.UtcNow;
        var (node, id) = await RaiseAsync(DemoHierarchy.GeneratedSubDistricts[1].Name, RobotKind.WeCom, _robot.Address("/send?key=k"), null, at);
        try
        {
            var job = Job(retryAttempts: 2, maxAttempts: 2);
            await job.RunAsync(at);
            // One post: the first try and the handler's two retries. Then pending again, not before its next time.
            Assert.Equal(3, _robot.Requests.Count);
            Assert.Equal((DeliveryStatus.Pending, 1), ((await DeliveryAsync(id))!.Status, (await DeliveryAsync(id))!.Attempts));
            await job.RunAsync(at.AddSeconds(30));
            Assert.Equal(3, _robot.Requests.Count);

            await job.RunAsync(at.AddMinutes(1));
            Assert.Equal(6, _robot.Requests.Count);
            var failed = (await DeliveryAsync(id))!;
            Assert.Equal((DeliveryStatus.Failed, 2, "HTTP 500"), (failed.Status, failed.Attempts, failed.LastError));

            _robot.Answer = _ => (200, """{"errcode":0}""");
            await job.RunAsync(at.AddDays(1));
            Assert.Equal(6, _robot.Requests.Count);
        }
        finally
        {
            await ClearAsync(node);
        }
    }

    [Fact]
    public async Task A_robot_refusal_in_the_answer_is_not_taken_for_delivery()
    {
        // DingTalk answers 200 with an errcode for a wrong signature or a missing keyword: not transient, so not retried now.
        _robot.Answer = _ => (200, """{"errcode":310000,"errmsg":"sign not match"}""");
        var at = DateTime.UtcNow;
        var (node, id) = await RaiseAsync(DemoHierarchy.GeneratedSubDistricts[3].Name, RobotKind.DingTalk, _robot.Address("/robot/send?access_token=t"), Secret, at);
        try
        {
            await Job().RunAsync(at);

            Assert.Single(_robot.Requests);
            var delivery = (await DeliveryAsync(id))!;
            Assert.Equal(DeliveryStatus.Pending, delivery.Status);
            Assert.StartsWith("errcode 310000", delivery.LastError, StringComparison.Ordinal);
        }
        finally
        {
            await ClearAsync(node);
        }
    }
}
