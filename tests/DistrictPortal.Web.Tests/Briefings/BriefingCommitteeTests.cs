using System.Net;
using System.Text.RegularExpressions;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using static DistrictPortal.Web.Tests.Matrix.DemoReturns;

namespace DistrictPortal.Web.Tests.Briefings;

/// <summary>The briefing's committee part agrees with /committees for the same scope: same counts, same alerts.</summary>
[Collection(PortalCollection.Name)]
public sealed class BriefingCommitteeTests(PortalFactory factory)
{
    [Fact]
    public async Task Pailou_briefing_prints_the_committee_counts_and_alerts_that_the_committees_page_shows()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var member = await factory.NewClient().SignInAsync("briefing");
        var page = await member.GetPageAsync("/committees");
        var total = Html.OpeningTags(page, "count-total")[0];
        var alerts = int.Parse(Html.Attribute(Html.OpeningTags(page, "result-count").Single(), "data-total")!);
        Assert.True(alerts > 0, "the demo's 牌楼街道 has committee alerts, so the briefing's table has rows to compare");

        var response = await member.GetAsync($"/briefings/{pailou.Id}.pdf?week={Iso(Week(factory, 5))}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = PdfText.Of(await response.Content.ReadAsByteArrayAsync());
        var flat = Regex.Replace(text, "\\s+", ""); // the note wraps wherever the line is full

        Assert.Contains("业委会组建提醒", text);
        Assert.Contains($"实时（", flat);
        Assert.Contains($"全部小区需成立业委会{Html.Attribute(total, "data-need")}个，全部小区已成立业委会{Html.Attribute(total, "data-formed")}个", flat);
        Assert.Contains($"待办提醒{alerts}条", flat);
        // The first overdue estate on the page (sorted by due date) is named in the briefing.
        var firstEstate = Regex.Match(page, "<tr class=\"overdue-row\"[^>]*>\\s*<td><a[^>]*>([^<]+)</a>").Groups[1].Value;
        Assert.NotEmpty(firstEstate);
        Assert.Contains(System.Net.WebUtility.HtmlDecode(firstEstate), flat);
        // Once: on the overdue list, not again among the committee reminders.
        var name = System.Net.WebUtility.HtmlDecode(firstEstate);
        Assert.Single(Regex.Matches(flat, Regex.Escape(name) + "(?!\\d)"));
    }

    [Fact]
    public async Task A_district_briefing_counts_the_committees_of_the_whole_district()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var page = await bureau.GetPageAsync("/committees");
        var total = Html.OpeningTags(page, "count-total")[0];

        var response = await bureau.GetAsync($"/briefings/{district.Id}.pdf?week={Iso(Week(factory, 5))}");
        var flat = Regex.Replace(PdfText.Of(await response.Content.ReadAsByteArrayAsync()), "\\s+", "");

        Assert.Contains($"全部小区已成立业委会{Html.Attribute(total, "data-formed")}个", flat);
        Assert.Contains($"需成立业委会{Html.Attribute(total, "data-need")}个", flat);
    }
}
