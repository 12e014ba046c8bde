using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Estates;

[Collection(PortalCollection.Name)]
public sealed class EstateDetailTests(PortalFactory factory)
{
    [Fact]
    public async Task Detail_shows_the_facts_breadcrumbs_checklists_room_check_and_audit_trail()
    {
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "万安社区");
        using var client = await factory.NewClient().SignInAsync("pailou");

        var html = await client.GetPageAsync($"/estates/{estate.Id}");

        Assert.Contains($"<h1>\n        {estate.Name}", html.Replace("\r", ""));
        Assert.Contains("牌楼街道", html);
        Assert.Contains($"<a href=\"/estates?community={estate.CommunityId}\">万安社区</a>", html);
        Assert.Contains(estate.FloorArea.ToString("N2", System.Globalization.CultureInfo.InvariantCulture) + " m²", html);
        var outcome = ManagementRoomCheck.Evaluate(estate).Outcome;
        Assert.Equal(outcome.ToString(), Html.Attribute(Assert.Single(Html.OpeningTags(html, "room-check")), "data-outcome"));
        // Six haves and eight haves as checklists: one item per have, ticked or not.
        Assert.Equal(6 + 8, System.Text.RegularExpressions.Regex.Matches(html, "<li class=\"is-(yes|no)\">").Count);
        // 有物管用房 is what the 5‰ check says (issue 13), not the stored tick.
        Assert.Equal(Haves.Count(estate.SixHaves) + Haves.Count(ManagementRoomCheck.EightHavesOf(estate)),
            System.Text.RegularExpressions.Regex.Matches(html, "<li class=\"is-yes\">").Count);
        foreach (var have in new[] { "有组织机构", "有清扫保洁", "有物业维修", "有安全防范", "有物管用房", "有道路保养" })
            Assert.Contains(have, html);
        Assert.Equal(EstateValidator.IsInOldEstateProgramme(estate).ToString().ToLowerInvariant(),
            Html.Attribute(Assert.Single(Html.OpeningTags(html, "programme")), "data-in-programme"));
        Assert.Contains("修改记录", html);
        Assert.Contains("新增", html); // the seed's "create" entry
    }

    [Fact]
    public async Task Room_check_reads_met_short_or_interim()
    {
        Assert.Equal(ManagementRoomOutcome.Short, ManagementRoomCheck.Evaluate(10_000m, 49.99m, false).Outcome);
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "石峰村");
        using var client = await factory.NewClient().SignInAsync("pailou");

        var html = await client.GetPageAsync($"/estates/{estate.Id}");

        var check = ManagementRoomCheck.Evaluate(estate);
        var expected = check.Outcome switch
        {
            ManagementRoomOutcome.Met => "达标",
            ManagementRoomOutcome.Interim => $"临时用房（差 {check.Shortfall:N2} m²）",
            _ => $"差 {check.Shortfall:N2} m²",
        };
        Assert.Contains(expected, html);
    }
}
