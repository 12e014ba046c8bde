using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Estates;

/// <summary>Above one sub-district the registry's subtotals are per sub-district, each linking to its community rows.</summary>
[Collection(PortalCollection.Name)]
public sealed class RegistrySubtotalLevelTests(PortalFactory factory)
{
    [Fact]
    public async Task Bureau_at_district_scope_sees_one_row_per_sub_district_adding_up_to_the_total()
    {
        using var client = await factory.NewClient().SignInAsync("bureau");
        var subDistricts = await Demo.ChildrenAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);

        var html = await client.GetPageAsync("/estates");

        var total = int.Parse(Html.Attribute(Assert.Single(Html.OpeningTags(html, "result-count")), "data-total")!);
        var rows = Html.OpeningTags(html, "subtotal-sub-district");
        Assert.Empty(Html.OpeningTags(html, "subtotal"));
        Assert.Equal(subDistricts.Select(s => s.Name).Order(), rows.Select(r => Html.Attribute(r, "data-sub-district")!).Order());
        Assert.Equal(total, rows.Sum(r => int.Parse(Html.Attribute(r, "data-total")!)));
        foreach (var row in rows)
        {
            var byClass = new[] { "data-one", "data-two", "data-three", "data-unclassified" }.Sum(a => int.Parse(Html.Attribute(row, a)!));
            Assert.Equal(Html.Attribute(row, "data-total"), byClass.ToString());
        }
        Assert.Equal(total.ToString(), Html.Attribute(Assert.Single(Html.OpeningTags(html, "grand-total")), "data-total"));
        // 大河沟's ten unclassified estates are warned about under their sub-district.
        var warning = Assert.Single(Html.OpeningTags(html, "warning"));
        Assert.Equal(DemoHierarchy.PailouName, Html.Attribute(warning, "data-sub-district"));
        Assert.Contains("subtotals-note", html);
        // The filter offers sub-districts, not every community of the district.
        Assert.Contains("name=\"subDistrict\"", html);
        Assert.DoesNotContain("name=\"community\"", html);
    }

    [Fact]
    public async Task A_sub_district_row_links_to_its_community_rows_the_P5_table()
    {
        using var client = await factory.NewClient().SignInAsync("bureau");
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var district = await client.GetPageAsync("/estates");
        var pailouRow = Assert.Single(Html.OpeningTags(district, "subtotal-sub-district"), r => Html.Attribute(r, "data-sub-district") == DemoHierarchy.PailouName);
        Assert.Contains($"href=\"/estates?subDistrict={pailou.Id}\"", district);

        var html = await client.GetPageAsync($"/estates?subDistrict={pailou.Id}");

        Assert.Equal(Html.Attribute(pailouRow, "data-total"), Html.Attribute(Assert.Single(Html.OpeningTags(html, "result-count")), "data-total"));
        var rows = Html.OpeningTags(html, "subtotal").ToDictionary(t => Html.Attribute(t, "data-community")!);
        Assert.Equal(RegistryListTests.Pailou.Keys.Order(), rows.Keys.Order());
        Assert.Empty(Html.OpeningTags(html, "subtotal-sub-district"));
        Assert.Equal("大河沟社区", Html.Attribute(Assert.Single(Html.OpeningTags(html, "warning")), "data-community"));
        // Narrowed to one sub-district, the community filter is back, listing that sub-district's communities only.
        Assert.Contains("name=\"community\"", html);
        Assert.Contains($"<option value=\"{pailou.Id}\" selected=\"selected\">", html);
    }

    [Fact]
    public async Task A_sub_district_outside_the_scope_or_a_node_that_is_not_one_is_not_found()
    {
        using var client = await factory.NewClient().SignInAsync("pailou");
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var other = (await Demo.ChildrenAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName)).First(s => s.Id != pailou.Id);
        var community = (await Demo.ChildrenAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName))[0];

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/estates?subDistrict={other.Id}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/estates/export.xlsx?subDistrict={other.Id}")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/estates?subDistrict={community.Id}")).StatusCode);
        // Its own sub-district is allowed and changes nothing: the same nine community rows.
        var own = await client.GetPageAsync($"/estates?subDistrict={pailou.Id}");
        Assert.Equal(RegistryListTests.Pailou.Count, Html.OpeningTags(own, "subtotal").Count);
        Assert.DoesNotContain("name=\"subDistrict\"", own);
    }
}
