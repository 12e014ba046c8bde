using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Estates;

[Collection(PortalCollection.Name)]
public sealed class RegistryListTests(PortalFactory factory)
{
    /// <summary>DOMAIN.md's P5 table for 牌楼街道: total, class 1, 2, 3 (blank cells as 0).</summary>
    public static readonly Dictionary<string, (int Total, int One, int Two, int Three)> Pailou = new()
    {
        ["印盒石社区"] = (17, 1, 12, 4),
        ["观音岩社区"] = (19, 4, 5, 10),
        ["万安社区"] = (31, 2, 8, 21),
        ["石峰村"] = (1, 0, 0, 1),
        ["太平社区"] = (30, 5, 9, 16),
        ["大河沟社区"] = (20, 3, 3, 4),
        ["搭马桥社区"] = (29, 0, 8, 21),
        ["袁家墩社区"] = (21, 4, 6, 11),
        ["牌楼社区"] = (8, 2, 4, 2),
    };

    [Fact]
    public async Task Pailou_sees_176_estates_in_9_communities_with_the_P5_subtotals()
    {
        using var client = await factory.NewClient().SignInAsync("pailou");

        var html = await client.GetPageAsync("/estates");

        Assert.Equal("176", Html.Attribute(Assert.Single(Html.OpeningTags(html, "result-count")), "data-total"));
        var rows = Html.OpeningTags(html, "subtotal").ToDictionary(t => Html.Attribute(t, "data-community")!);
        Assert.Equal(Pailou.Keys.Order(), rows.Keys.Order());
        foreach (var (community, (total, one, two, three)) in Pailou)
        {
            var row = rows[community];
            Assert.Equal(total.ToString(), Html.Attribute(row, "data-total"));
            Assert.Equal(one.ToString(), Html.Attribute(row, "data-one"));
            Assert.Equal(two.ToString(), Html.Attribute(row, "data-two"));
            Assert.Equal(three.ToString(), Html.Attribute(row, "data-three"));
            Assert.Equal((total - one - two - three).ToString(), Html.Attribute(row, "data-unclassified"));
        }
        Assert.Equal("176", Html.Attribute(Assert.Single(Html.OpeningTags(html, "grand-total")), "data-total"));
        // 50 a page, with the pager pointing on.
        Assert.Equal(50, Html.OpeningTags(html, "estate").Count);
        Assert.Contains("href=\"/estates?page=2\"", html);
    }

    [Fact]
    public async Task Only_dahegou_is_warned_about_and_the_warning_names_it_with_its_count()
    {
        using var client = await factory.NewClient().SignInAsync("pailou");

        var html = await client.GetPageAsync("/estates");

        var warning = Assert.Single(Html.OpeningTags(html, "warning"));
        Assert.Equal("大河沟社区", Html.Attribute(warning, "data-community"));
        Assert.Contains("大河沟社区</strong>：10 个小区未分类（来源表分类合计与总数不符）", html);
    }

    [Fact]
    public async Task Yinheshi_sees_only_its_own_17_estates()
    {
        using var client = await factory.NewClient().SignInAsync("yinheshi");

        var html = await client.GetPageAsync("/estates");

        Assert.Equal("17", Html.Attribute(Assert.Single(Html.OpeningTags(html, "result-count")), "data-total"));
        var row = Assert.Single(Html.OpeningTags(html, "subtotal"));
        Assert.Equal("印盒石社区", Html.Attribute(row, "data-community"));
        Assert.Empty(Html.OpeningTags(html, "warning"));
        Assert.DoesNotContain("观音岩社区", html);
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_the_subtotals_together()
    {
        using var client = await factory.NewClient().SignInAsync("pailou");

        var html = await client.GetPageAsync("/estates?class=Unclassified");

        Assert.Equal("10", Html.Attribute(Assert.Single(Html.OpeningTags(html, "result-count")), "data-total"));
        var row = Assert.Single(Html.OpeningTags(html, "subtotal"));
        Assert.Equal("大河沟社区", Html.Attribute(row, "data-community"));
        Assert.Equal("10", Html.Attribute(row, "data-unclassified"));
    }

    [Fact]
    public async Task Sorting_by_households_descending_puts_the_largest_first()
    {
        using var client = await factory.NewClient().SignInAsync("yinheshi");

        var html = await client.GetPageAsync("/estates?sort=Households&desc=true");

        var households = System.Text.RegularExpressions.Regex
            .Matches(html, "<tr class=\"estate[^\"]*\"[^>]*>(?:.*?<td[^>]*>){5}.*?<td class=\"num\">([0-9,]+)</td>",
                System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => int.Parse(m.Groups[1].Value.Replace(",", ""))).ToList();
        Assert.Equal(17, households.Count);
        Assert.Equal(households.OrderDescending(), households);
    }
}
