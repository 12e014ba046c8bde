using System.Net;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Notices;

/// <summary>/robots: the admin sets and clears a node's group robot; the credentials are never shown back; audited; admins only.</summary>
[Collection(PortalCollection.Name)]
public sealed class RobotsPageTests(PortalFactory factory)
{
    private const string Token = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    private const string Secret = "SECc0ffee0123456789deadbeef";

    [Fact]
    public async Task The_admin_sets_a_DingTalk_robot_sees_it_masked_and_clears_it_each_change_audited()
    {
        var node = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.GeneratedSubDistricts[4].Name);
        using var admin = await factory.NewClient().SignInAsync("admin");

        var refused = await admin.PostFormAsync($"/robots/{node.Id}",
            [new("kind", "DingTalk"), new("url", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"), new("secret", "")], tokenPage: $"/robots/{node.Id}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var form = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Webhook 地址不正确", form, StringComparison.Ordinal);
        Assert.Contains("请填写加签密钥", form, StringComparison.Ordinal);
        Assert.Null(await factory.Services.GetRequiredService<IRobotWebhookRepository>().GetAsync(node.Id));

        var saved = await admin.PostFormAsync($"/robots/{node.Id}",
            [new("kind", "DingTalk"), new("url", $"https://oapi.dingtalk.com/robot/send?access_token={Token}"), new("secret", Secret)], tokenPage: $"/robots/{node.Id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var list = await admin.GetPageAsync("/robots");
        var line = Assert.Single(Html.OpeningTags(list, "robot-line"), t => Html.Attribute(t, "data-node") == node.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("true", Html.Attribute(line, "data-set"));
        Assert.Contains("access_token=9f8e…b1a0", list, StringComparison.Ordinal);
        var edit = await admin.GetPageAsync($"/robots/{node.Id}");
        foreach (var page in new[] { list, edit })
        {
            Assert.DoesNotContain(Token, page, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, page, StringComparison.Ordinal);
        }
        Assert.Contains("••••beef", edit, StringComparison.Ordinal);

        // A save with blank address and secret keeps both.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/robots/{node.Id}", [new("kind", "DingTalk"), new("url", ""), new("secret", "")], tokenPage: $"/robots/{node.Id}")).StatusCode);
        var stored = (await factory.Services.GetRequiredService<IRobotWebhookRepository>().GetAsync(node.Id))!;
        Assert.Equal(($"https://oapi.dingtalk.com/robot/send?access_token={Token}", Secret), (stored.Url, stored.Secret));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/robots/{node.Id}/clear", [], tokenPage: $"/robots/{node.Id}")).StatusCode);
        Assert.Null(await factory.Services.GetRequiredService<IRobotWebhookRepository>().GetAsync(node.Id));

        var trail = await factory.Services.GetRequiredService<IAuditRepository>().ListForEntityAsync(AuditEntities.RobotWebhook, node.Id);
        Assert.Equal(["create", "delete", "update", "update"], trail.Select(e => e.Action).Order());
        // The trail names the person (issue 13's audit names: the display name, not the login).
        var adminName = DemoAccounts.All.Single(a => a.UserName == "admin").DisplayName;
        Assert.All(trail, e => Assert.Equal(adminName, e.UserName));
        Assert.DoesNotContain(trail, e => $"{e.OldValue}{e.NewValue}".Contains(Token, StringComparison.Ordinal) || $"{e.OldValue}{e.NewValue}".Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_admins_reach_the_page_and_a_community_or_unknown_node_is_not_found()
    {
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.GetAsync("/robots")).StatusCode);
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/robots/{pailou.Id}")).StatusCode);

        using var admin = await factory.NewClient().SignInAsync("admin");
        var community = (await Demo.ChildrenAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName))[0];
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/robots/{community.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/robots/987654321")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/robots")).StatusCode);
    }
}
