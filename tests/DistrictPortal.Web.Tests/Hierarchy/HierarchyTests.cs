using System.Net;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Hierarchy;

[Collection(PortalCollection.Name)]
public sealed class HierarchyTests(PortalFactory factory)
{
    private INodeRepository Nodes => factory.Services.GetRequiredService<INodeRepository>();

    [Fact]
    public async Task The_tree_shows_sub_districts_and_communities_and_expands_to_estates_on_request()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");

        var tree = await admin.GetPageAsync("/hierarchy");
        var estates = await admin.GetPageAsync("/hierarchy?depth=Estate");

        Assert.Contains("牌楼街道", tree);
        Assert.Contains("印盒石社区", tree);
        Assert.Empty(Html.OpeningTags(tree, "level-5"));
        Assert.True(Html.OpeningTags(estates, "level-5").Count >= 176);
    }

    [Fact]
    public async Task A_node_is_created_renamed_retired_reinstated_and_deleted_with_confirmation()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        using var admin = await factory.NewClient().SignInAsync("admin");

        var created = await admin.PostFormAsync($"/hierarchy/{pailou.Id}/children", [new("childName", "测试新社区")], tokenPage: $"/hierarchy/{pailou.Id}");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = long.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var node = (await Nodes.GetByIdAsync(id))!;
        Assert.Equal(NodeLevel.Community, node.Level);

        var renamed = await admin.PostFormAsync($"/hierarchy/{id}/rename",
            [new("name", "测试改名社区"), new("version", node.Version.ToString())], tokenPage: $"/hierarchy/{id}");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        node = (await Nodes.GetByIdAsync(id))!;
        Assert.Equal("测试改名社区", node.Name);

        // Retiring needs a confirmation page, not just a button.
        var confirm = await admin.GetPageAsync($"/hierarchy/{id}/retire");
        Assert.Contains("确认停用", confirm);
        await admin.PostFormAsync($"/hierarchy/{id}/retire", [new("version", node.Version.ToString())], tokenPage: $"/hierarchy/{id}/retire");
        node = (await Nodes.GetByIdAsync(id))!;
        Assert.True(node.IsRetired);
        await admin.PostFormAsync($"/hierarchy/{id}/reinstate", [new("version", node.Version.ToString())], tokenPage: $"/hierarchy/{id}");
        node = (await Nodes.GetByIdAsync(id))!;
        Assert.False(node.IsRetired);

        // A node with history (its creation is audited) is explained, not deleted.
        var deletePage = await admin.GetPageAsync($"/hierarchy/{id}/delete");
        if (await Nodes.HasHistoryAsync(id))
        {
            Assert.Contains("不能删除", deletePage);
            var refused = await admin.PostFormAsync($"/hierarchy/{id}/delete", [], tokenPage: $"/hierarchy/{id}");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.NotNull(await Nodes.GetByIdAsync(id));
        }
        else
        {
            Assert.Contains("确认删除", deletePage);
            var deleted = await admin.PostFormAsync($"/hierarchy/{id}/delete", [], tokenPage: $"/hierarchy/{id}/delete");
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
            Assert.Null(await Nodes.GetByIdAsync(id));
        }
    }

    [Fact]
    public async Task A_retired_node_takes_no_child_and_the_page_names_the_parent_field_and_writes_nothing()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        var district = pailou.ParentId!.Value;
        using var admin = await factory.NewClient().SignInAsync("admin");
        var created = await admin.PostFormAsync($"/hierarchy/{district}/children", [new("childName", "测试停用街道")], tokenPage: $"/hierarchy/{district}");
        var id = long.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var node = (await Nodes.GetByIdAsync(id))!;
        await admin.PostFormAsync($"/hierarchy/{id}/retire", [new("version", node.Version.ToString())], tokenPage: $"/hierarchy/{id}/retire");

        var refused = await admin.PostFormAsync($"/hierarchy/{id}/children", [new("childName", "测试社区")], tokenPage: $"/hierarchy/{id}");
        var blank = await admin.PostFormAsync($"/hierarchy/{pailou.Id}/children", [new("childName", "  ")], tokenPage: $"/hierarchy/{pailou.Id}");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("上级“测试停用街道”已停用，不能再增加或移入下级。", Html.FieldMessage(await refused.Content.ReadAsStringAsync(), "childName"));
        Assert.Equal("请填写名称。", Html.FieldMessage(await blank.Content.ReadAsStringAsync(), "childName"));
        Assert.Empty(await Nodes.GetChildrenAsync(id, includeRetired: true));
    }

    [Fact]
    public async Task A_node_with_estates_cannot_be_deleted_and_the_page_says_why()
    {
        var community = await Demo.NodeAsync(factory, NodeLevel.Community, "石峰村");
        using var admin = await factory.NewClient().SignInAsync("admin");

        var page = await admin.GetPageAsync($"/hierarchy/{community.Id}/delete");
        var post = await admin.PostFormAsync($"/hierarchy/{community.Id}/delete", [], tokenPage: $"/hierarchy/{community.Id}");

        Assert.Contains("不能删除", page);
        Assert.DoesNotContain("确认删除", page);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.NotNull(await Nodes.GetByIdAsync(community.Id));
    }

    [Fact]
    public async Task Move_offers_only_parents_of_the_right_level()
    {
        var community = await Demo.NodeAsync(factory, NodeLevel.Community, "牌楼社区");
        using var admin = await factory.NewClient().SignInAsync("admin");

        var page = await admin.GetPageAsync($"/hierarchy/{community.Id}/move");

        Assert.Contains("东湖街道（演示）", page);
        Assert.DoesNotContain(">印盒石社区<", page);
        var wrongLevel = await Demo.NodeAsync(factory, NodeLevel.Community, "印盒石社区");
        var post = await admin.PostFormAsync($"/hierarchy/{community.Id}/move",
            [new("newParentId", wrongLevel.Id.ToString()), new("version", community.Version.ToString())], tokenPage: $"/hierarchy/{community.Id}/move");
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(community.ParentId, (await Nodes.GetByIdAsync(community.Id))!.ParentId);
    }
}
