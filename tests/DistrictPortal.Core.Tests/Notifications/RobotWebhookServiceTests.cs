using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Tests.Fakes;
using DistrictPortal.Core.Tests.Retrofit;

namespace DistrictPortal.Core.Tests.Notifications;

/// <summary>The admin's group robot per node: what may be set, what the trail says (never the credentials).</summary>
public sealed class RobotWebhookServiceTests
{
    private const string DingTalk = "https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef0123";
    private const string WeCom = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa";
    private static readonly ChangeContext Admin = new(1, "admin", new DateTime(2026, 12, 4, 9, 0, 0, DateTimeKind.Utc));

    private readonly InMemoryNodes _nodes = new();
    private readonly Robots _robots = new();
    private readonly Node _pailou;

    public RobotWebhookServiceTests()
    {
        var city = _nodes.Add(null, NodeLevel.City, "杭州市");
        var district = _nodes.Add(city.Id, NodeLevel.District, "上城区");
        _pailou = _nodes.Add(district.Id, NodeLevel.SubDistrict, "牌楼街道");
    }

    private RobotWebhookService Service => new(_robots, _nodes);

    [Fact]
    public async Task A_robot_needs_a_kind_an_address_the_kind_accepts_and_for_DingTalk_a_secret()
    {
        async Task<string[]> Refused(RobotKind? kind, string? url, string? secret) =>
            (await Service.SetAsync(_pailou.Id, kind, url, secret, Admin)).Errors.Select(e => e.ToKey()).ToArray();

        Assert.Equal(["Kind:Required", "Url:Required"], await Refused(null, " ", null));
        Assert.Equal(["Url:Invalid"], await Refused(RobotKind.DingTalk, "ftp://oapi.dingtalk.com/robot/send?access_token=x", "SECx"));
        Assert.Equal(["Url:Invalid"], await Refused(RobotKind.DingTalk, WeCom, "SECx"));
        Assert.Equal(["Url:Invalid"], await Refused(RobotKind.WeCom, DingTalk, null));
        Assert.Equal(["Url:Invalid"], await Refused(RobotKind.WeCom, WeCom + "\u202E", null));
        Assert.Equal(["Secret:Required"], await Refused(RobotKind.DingTalk, DingTalk, " "));
        Assert.Equal(["Secret:TooLong"], await Refused(RobotKind.DingTalk, DingTalk, new string('S', 201)));
        Assert.Equal(["Url:TooLong"], await Refused(RobotKind.WeCom, WeCom + new string('a', 1000), null));
        Assert.Equal(["NodeId:NotFound"], (await Service.SetAsync(999, RobotKind.WeCom, WeCom, null, Admin)).Errors.Select(e => e.ToKey()));
        Assert.Empty(_robots.Saved);
    }

    [Fact]
    public async Task The_trail_shows_the_address_masked_and_the_secret_only_as_changed_and_blanks_keep_what_is_stored()
    {
        Assert.True((await Service.SetAsync(_pailou.Id, RobotKind.DingTalk, DingTalk, "SECabcdefghijklmnop", Admin)).Succeeded);
        var stored = _robots.Saved[_pailou.Id];
        Assert.Equal((RobotKind.DingTalk, DingTalk, "SECabcdefghijklmnop"), (stored.Kind, stored.Url, stored.Secret));
        var trail = _robots.Audit.Select(e => $"{e.Action}:{e.Field}:{e.OldValue}:{e.NewValue}").ToList();
        Assert.Equal([
            "create:Url::https://oapi.dingtalk.com/robot/send?access_token=0123…0123",
            "update:Kind::DingTalk",
            "update:Secret::changed"], trail);
        Assert.DoesNotContain(_robots.Audit, e => (e.NewValue ?? "").Contains("abcdefgh", StringComparison.Ordinal));

        // Blank address and secret keep the stored ones: nothing changed, nothing written.
        _robots.Audit.Clear();
        Assert.True((await Service.SetAsync(_pailou.Id, RobotKind.DingTalk, "", null, Admin)).Succeeded);
        Assert.Empty(_robots.Audit);

        // Switching to WeCom drops the DingTalk secret.
        Assert.True((await Service.SetAsync(_pailou.Id, RobotKind.WeCom, WeCom, "ignored", Admin)).Succeeded);
        Assert.Null(_robots.Saved[_pailou.Id].Secret);

        Assert.True((await Service.ClearAsync(_pailou.Id, Admin)).Succeeded);
        Assert.False(_robots.Saved.ContainsKey(_pailou.Id));
        Assert.Equal("delete:Url:https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a…5aaa:", _robots.Audit.Select(e => $"{e.Action}:{e.Field}:{e.OldValue}:{e.NewValue}").Last());
    }

    [Fact]
    public void Masks_leave_four_characters_at_each_end_of_a_query_value_and_four_of_a_secret()
    {
        Assert.Equal("https://x/send?access_token=abcd…wxyz&a=••••", RobotWebhookService.MaskUrl("https://x/send?access_token=abcdefghijklmnopqrstuvwxyz&a=1"));
        Assert.Equal("••••mnop", RobotWebhookService.MaskSecret("SECabcdefghijklmnop"));
        Assert.Equal("••••", RobotWebhookService.MaskSecret("SEC1"));
    }

    private sealed class Robots : IRobotWebhookRepository
    {
        public Dictionary<long, RobotWebhook> Saved { get; } = [];
        public List<AuditEntry> Audit { get; } = [];

        public Task<RobotWebhook?> GetAsync(long nodeId) => Task.FromResult(Saved.GetValueOrDefault(nodeId));

        public Task<IReadOnlyList<RobotWebhook>> ListAsync(string scopePath) => Task.FromResult<IReadOnlyList<RobotWebhook>>([.. Saved.Values]);

        public Task SaveAsync(RobotWebhook webhook, IReadOnlyList<AuditEntry> audit)
        {
            Saved[webhook.NodeId] = webhook;
            Audit.AddRange(audit);
            return Task.CompletedTask;
        }

        public Task<bool> DeleteAsync(long nodeId, IReadOnlyList<AuditEntry> audit)
        {
            Audit.AddRange(audit);
            return Task.FromResult(Saved.Remove(nodeId));
        }
    }
}
