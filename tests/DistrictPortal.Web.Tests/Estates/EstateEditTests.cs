using System.Net;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Estates;

[Collection(PortalCollection.Name)]
public sealed class EstateEditTests(PortalFactory factory)
{
    [Fact]
    public async Task An_edit_is_saved_and_audited()
    {
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "太平社区");
        using var client = await factory.NewClient().SignInAsync("pailou");

        var response = await client.PostFormAsync($"/estates/{estate.Id}/edit",
            Demo.EditFields(estate).With("Address", "太平路 1 号"), tokenPage: $"/estates/{estate.Id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = (await Demo.ReloadAsync(factory, estate.Id))!;
        Assert.Equal("太平路 1 号", saved.Address);
        Assert.True(saved.Version > estate.Version);
        var detail = await client.GetPageAsync($"/estates/{estate.Id}");
        Assert.Contains("太平路 1 号", detail);
        // Who changed it, in the audit trail: the person's name, never the login (issue 13).
        Assert.Contains($"<td>{Demo.Operator("pailou")}</td>", detail);
        Assert.DoesNotContain("<td>pailou</td>", detail);
    }

    [Fact]
    public async Task The_edit_form_carries_the_version_as_a_hidden_field()
    {
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "袁家墩社区");
        using var client = await factory.NewClient().SignInAsync("pailou");

        var html = await client.GetPageAsync($"/estates/{estate.Id}/edit");

        Assert.Matches("<input type=\"hidden\"[^>]*name=\"Version\"|<input[^>]*type=\"hidden\"[^>]*name=\"Version\"", html);
        Assert.Equal(estate.Version.ToString(), Html.InputValue(html, "Version"));
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_a_message_and_nothing_is_overwritten()
    {
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "搭马桥社区");
        using var first = await factory.NewClient().SignInAsync("pailou");
        using var second = await factory.NewClient().SignInAsync("pailou");
        var staleFields = Demo.EditFields(estate);

        var saved = await first.PostFormAsync($"/estates/{estate.Id}/edit",
            Demo.EditFields(estate).With("Address", "第一位用户的地址"), tokenPage: $"/estates/{estate.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stale = await second.PostFormAsync($"/estates/{estate.Id}/edit",
            staleFields.With("Address", "第二位用户的地址"), tokenPage: $"/estates/{estate.Id}/edit");

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("已被他人修改", html);
        Assert.Equal("第一位用户的地址", (await Demo.ReloadAsync(factory, estate.Id))!.Address);
    }

    [Fact]
    public async Task Validation_messages_name_the_field_beside_it_and_in_the_summary()
    {
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "牌楼社区");
        using var client = await factory.NewClient().SignInAsync("pailou");

        var response = await client.PostFormAsync($"/estates/{estate.Id}/edit",
            Demo.EditFields(estate).With("Name", "").With("FloorArea", "-5").With("YearBuilt", "1850").With("Households", "abc"),
            tokenPage: $"/estates/{estate.Id}/edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("请填写小区名称。", Html.FieldMessage(html, "Name"));
        Assert.Equal("建筑总面积必须大于 0。", Html.FieldMessage(html, "FloorArea"));
        Assert.Contains("建成年份应在 1900 年至", Html.FieldMessage(html, "YearBuilt"));
        Assert.Contains("户数", Html.FieldMessage(html, "Households"));
        Assert.Contains("validation-summary-errors", html);
        var unchanged = (await Demo.ReloadAsync(factory, estate.Id))!;
        Assert.Equal(estate.Name, unchanged.Name);
        Assert.Equal(estate.Version, unchanged.Version);
    }

    [Fact]
    public async Task The_create_form_offers_a_community_officer_only_their_own_community()
    {
        var community = await Demo.NodeAsync(factory, NodeLevel.Community, "印盒石社区");
        using var client = await factory.NewClient().SignInAsync("yinheshi");

        var form = await client.GetPageAsync("/estates/create");

        Assert.Contains($"<option selected=\"selected\" value=\"{community.Id}\">印盒石社区</option>", form);
        Assert.DoesNotContain("观音岩社区", form);
    }

    [Fact]
    public async Task An_estate_is_created_in_a_community_of_the_officers_scope()
    {
        // A generated sub-district, so the P5 counts that other tests check stay as they are.
        var community = Assert.IsType<Node>((await Demo.ChildrenAsync(factory, NodeLevel.SubDistrict, "南岸街道（演示）"))[0]);
        using var client = await factory.NewClient().SignInAsync("nanan");

        var response = await client.PostFormAsync("/estates/create",
        [
            new("CommunityId", community.Id.ToString()), new("Name", "南岸测试新小区"), new("Address", "测试路 8 号"),
            new("YearBuilt", "1995"), new("IsCompleteSet", "true"), new("Buildings", "3"), new("Households", "120"),
            new("FloorArea", "8000"), new("ManagementRoomArea", "40"), new("Class", "Three"), new("Status", "Unmanaged"),
            new("Mode", "None"), new("SixHaves", "Cleaning"), new("SixHaves", "Security"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("南岸测试新小区", detail);
        Assert.Contains(community.Name, detail);
        Assert.Contains("达标", detail); // 40 m² is exactly 5‰ of 8,000 m²
        Assert.Contains("(2/6)", detail);
    }
}
