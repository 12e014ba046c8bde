using System.Globalization;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using static DistrictPortal.Web.Tests.Matrix.DemoReturns;

namespace DistrictPortal.Web.Tests.League;

[Collection(PortalCollection.Name)]
public sealed class LeagueTrendTests(PortalFactory factory)
{
    [Fact]
    public async Task The_trend_shows_each_sub_district_week_by_week_against_the_district_line_and_the_target()
    {
        var last = Week(factory, DemoReturnHistory.Weeks - 1);
        var expected = await ExpectedLeague.ForAsync(factory, last);
        var campaign = await CampaignAsync(factory);
        using var bureau = await factory.NewClient().SignInAsync("bureau");

        var html = await bureau.GetPageAsync($"/league/trend?week={Iso(last)}&weeks=9");

        Assert.Equal(expected.Select(x => x.Id).Order(), Html.OpeningTags(html, "trend-row").Select(t => long.Parse(Html.Attribute(t, "data-sub-district")!, CultureInfo.InvariantCulture)).Order());
        // The district's line at the last week: all struck off ÷ all on the lists, from the same frozen snapshots.
        var district = Math.Round(expected.Sum(x => x.Covered) * 100m / expected.Sum(x => x.Baseline), 1, MidpointRounding.AwayFromZero);
        var footer = System.Text.RegularExpressions.Regex.Match(html, "<tr class=\"trend-district\">.*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.EndsWith(district.ToString("0.0", CultureInfo.InvariantCulture) + "%", Html.Text(footer));
        Assert.Contains("<svg", html);
        Assert.Contains("目标 " + Iso(campaign.TargetDate!.Value), html);
    }

    /// <summary>Issue 17: the trend opens on 全区, the officer's own sub-district the highlighted line and row.</summary>
    [Fact]
    public async Task An_officer_sees_the_district_with_its_own_line_highlighted()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        using var officer = await factory.NewClient().SignInAsync("pailou");

        var html = await officer.GetPageAsync("/league/trend");

        Assert.Contains("<option value=\"\" selected=\"selected\">", html);
        Assert.DoesNotContain($"<option value=\"{pailou.Id}\" selected=\"selected\">", html);
        Assert.Contains(district.Name + "清零率走势", html);
        var own = Assert.Single(Html.OpeningTags(html, "is-own"));
        Assert.Equal(pailou.Id.ToString(CultureInfo.InvariantCulture), Html.Attribute(own, "data-sub-district"));
        // The chart's legend names both lines: the officer's own, and the district's for comparison.
        var svg = System.Text.RegularExpressions.Regex.Match(html, "<svg.*?</svg>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains(DemoHierarchy.PailouName, svg);
        Assert.Contains(district.Name, svg);

        var asked = await officer.GetPageAsync($"/league/trend?subDistrict={pailou.Id}");
        Assert.Contains($"<option value=\"{pailou.Id}\" selected=\"selected\">", asked);
        Assert.Contains(DemoHierarchy.PailouName + "清零率走势", asked);
    }

    [Fact]
    public async Task The_bureau_sees_the_district_line_alone_and_no_row_highlighted()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        using var bureau = await factory.NewClient().SignInAsync("bureau");

        var html = await bureau.GetPageAsync("/league/trend");

        Assert.Contains(district.Name + "清零率走势", html);
        Assert.Empty(Html.OpeningTags(html, "is-own"));
    }
}
