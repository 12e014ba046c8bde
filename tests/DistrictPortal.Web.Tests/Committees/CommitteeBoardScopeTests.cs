using System.Net;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Committees;

/// <summary>
/// Above one sub-district the committees board lists its communities for one chosen sub-district at a time (issue 19:
/// the city's 2,000 community rows and options were 1.3 MB of the page), and the chosen sub-district's board is the
/// one its own officer sees.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CommitteeBoardScopeTests(PortalFactory factory)
{
    private static string Total(string html, string attribute) => Html.Attribute(Html.OpeningTags(html, "count-total")[0], attribute)!;

    [Fact]
    public async Task The_district_board_lists_sub_districts_and_a_chosen_sub_district_its_communities_as_its_officer_sees_them()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var district = await bureau.GetPageAsync("/committees");
        Assert.Empty(Html.OpeningTags(district, "count-community"));
        Assert.Single(Html.OpeningTags(district, "pick-sub-district"));
        Assert.Contains($"href=\"/committees?subDistrict={pailou.Id}\"", district);
        Assert.Contains("name=\"subDistrict\"", district);
        Assert.DoesNotContain("name=\"community\"", district);

        var chosen = await bureau.GetPageAsync($"/committees?subDistrict={pailou.Id}");
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var own = await officer.GetPageAsync("/committees");
        // One row for the sub-district and one for each of its nine communities (P5), as on its officer's board.
        Assert.Equal(1 + 9, Html.OpeningTags(chosen, "count").Count);
        Assert.Equal(Html.OpeningTags(own, "count"), Html.OpeningTags(chosen, "count"));
        Assert.Equal((Total(own, "data-need"), Total(own, "data-formed")), (Total(chosen, "data-need"), Total(chosen, "data-formed")));
        Assert.Equal(Html.OpeningTags(own, "overdue-row"), Html.OpeningTags(chosen, "overdue-row"));
        Assert.Contains("name=\"community\"", chosen);
        Assert.DoesNotContain("name=\"subDistrict\"", own);
    }

    [Fact]
    public async Task A_sub_district_outside_the_scope_or_a_node_that_is_not_one_is_404()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var elsewhere = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.GeneratedSubDistricts[0].Name);
        var community = await Demo.NodeAsync(factory, NodeLevel.Community, "万安社区");
        using var officer = await factory.NewClient().SignInAsync("pailou");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/committees?subDistrict={elsewhere.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/committees/export.xlsx?subDistrict={elsewhere.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/committees?subDistrict={pailou.Id}")).StatusCode);
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        Assert.Equal(HttpStatusCode.NotFound, (await bureau.GetAsync($"/committees?subDistrict={community.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync("/committees?subDistrict=abc")).StatusCode);
    }
}
