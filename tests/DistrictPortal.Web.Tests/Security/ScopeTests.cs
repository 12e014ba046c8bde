using System.Net;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Security;

/// <summary>Reads outside the scope are 404 (ids cannot be probed); writes outside it are 403.</summary>
[Collection(PortalCollection.Name)]
public sealed class ScopeTests(PortalFactory factory)
{
    [Fact]
    public async Task A_sub_district_officer_gets_404_for_another_sub_districts_estate()
    {
        var elsewhere = await Demo.FirstEstateAsync(factory, NodeLevel.SubDistrict, "东湖街道（演示）");
        var own = await Demo.FirstEstateAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        using var client = await factory.NewClient().SignInAsync("pailou");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/estates/{own.Id}")).StatusCode);
        var response = await client.GetAsync($"/estates/{elsewhere.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(elsewhere.Name, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_community_officer_cannot_open_or_post_an_edit_of_another_communitys_estate()
    {
        var other = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "观音岩社区");
        using var client = await factory.NewClient().SignInAsync("yinheshi");

        var get = await client.GetAsync($"/estates/{other.Id}/edit");
        var post = await client.PostFormAsync($"/estates/{other.Id}/edit",
            Demo.EditFields(other).With("Address", "越权修改"), tokenPage: "/estates/create");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(other.Address, (await Demo.ReloadAsync(factory, other.Id))!.Address);
    }

    [Fact]
    public async Task A_community_officer_cannot_create_an_estate_in_another_community()
    {
        var other = await Demo.NodeAsync(factory, NodeLevel.Community, "观音岩社区");
        using var client = await factory.NewClient().SignInAsync("yinheshi");

        var response = await client.PostFormAsync("/estates/create",
        [
            new("CommunityId", other.Id.ToString()), new("Name", "越权新增小区"), new("Buildings", "1"),
            new("Households", "10"), new("FloorArea", "1000"), new("Class", "One"), new("Status", "Professional"),
            new("Mode", "PropertyEnterprise"),
        ]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_committee_member_reads_but_cannot_edit_even_inside_the_scope()
    {
        var own = await Demo.FirstEstateAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        using var client = await factory.NewClient().SignInAsync("briefing");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/estates/{own.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/estates/{own.Id}/edit")).StatusCode);
        var post = await client.PostFormAsync($"/estates/{own.Id}/edit", Demo.EditFields(own).With("Address", "只读用户修改"), tokenPage: "/");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(own.Address, (await Demo.ReloadAsync(factory, own.Id))!.Address);
    }

    [Fact]
    public async Task Hierarchy_and_users_are_for_the_admin_only()
    {
        using var officer = await factory.NewClient().SignInAsync("pailou");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/hierarchy")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/hangfire")).StatusCode);

        using var admin = await factory.NewClient().SignInAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hierarchy")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
    }
}
