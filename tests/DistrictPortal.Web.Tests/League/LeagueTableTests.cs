using System.Net;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using static DistrictPortal.Web.Tests.Matrix.DemoReturns;

namespace DistrictPortal.Web.Tests.League;

[Collection(PortalCollection.Name)]
public sealed class LeagueTableTests(PortalFactory factory)
{
    private DateOnly LastClosed => Week(factory, DemoReturnHistory.Weeks - 1);

    internal static Dictionary<long, string> Rows(string html) =>
        Html.OpeningTags(html, "league-row").ToDictionary(t => long.Parse(Html.Attribute(t, "data-sub-district")!), t => t);

    private static string S(int? v) => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    [Fact]
    public async Task The_default_week_is_the_last_closed_one_and_every_demo_sub_district_is_ranked_with_movement_and_bands()
    {
        var expected = await ExpectedLeague.ForAsync(factory, LastClosed);
        using var bureau = await factory.NewClient().SignInAsync("bureau");

        var html = await bureau.GetPageAsync("/league");
        var rows = Rows(html);

        Assert.Contains($"value=\"{Iso(LastClosed)}\"", html);
        Assert.Equal(6, expected.Count);
        Assert.True(expected.Select(x => x.Percent).Distinct().Count() > 1, string.Join(", ", expected));
        Assert.Equal(expected.Select(x => x.Id), rows.Keys);
        foreach (var x in expected)
        {
            var tag = rows[x.Id];
            Assert.Equal((S(x.Rank), S(x.Movement), S(x.Quartile), x.Band, S(x.BandRank)),
                (Html.Attribute(tag, "data-rank"), Html.Attribute(tag, "data-movement"), Html.Attribute(tag, "data-quartile"),
                 Html.Attribute(tag, "data-band"), Html.Attribute(tag, "data-band-rank")));
            Assert.Equal(x.Percent?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), Html.Attribute(tag, "data-percent"));
            Assert.Equal(x.Carried, Html.Attribute(tag, "data-badges")!.Contains("CarriedForward"));
        }
        // The demo's last closed week: 东湖 and 北城 are awaiting review, so their last snapshot is carried forward.
        Assert.Contains(expected, x => x.Carried);
        Assert.Contains(expected, x => x.Movement is not null);
        Assert.Contains($"src=\"/league/chart.svg?week={Iso(LastClosed)}&amp;district=", html);
    }

    [Fact]
    public async Task A_second_look_at_the_same_page_is_served_from_the_output_cache_and_another_user_gets_their_own()
    {
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        using var admin = await factory.NewClient().SignInAsync("admin");
        var url = $"/league?week={Iso(LastClosed)}&probe=output-cache";

        using var first = await bureau.GetAsync(url);
        using var second = await bureau.GetAsync(url);
        using var other = await admin.GetAsync(url);

        // The output cache marks what it serves with an Age header; a page rendered for this request has none.
        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.False(other.Headers.Contains("Age"));
        Assert.Contains("admin", await other.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_six_demo_lines_are_one_page_whatever_page_is_asked_and_show_all_offers_the_pages_back()
    {
        using var bureau = await factory.NewClient().SignInAsync("bureau");

        var paged = await bureau.GetPageAsync($"/league?week={Iso(LastClosed)}&page=7");
        var all = await bureau.GetPageAsync($"/league?week={Iso(LastClosed)}&all=true");

        var pager = Assert.Single(Html.OpeningTags(paged, "league-pager"));
        Assert.Equal(("1", "1", "false"), (Html.Attribute(pager, "data-page"), Html.Attribute(pager, "data-pages"), Html.Attribute(pager, "data-all")));
        Assert.Contains("第 1–6 行，共 6 行", paged);
        Assert.Equal(6, Rows(paged).Count);
        Assert.Equal("true", Html.Attribute(Assert.Single(Html.OpeningTags(all, "league-pager")), "data-all"));
        Assert.Contains("&amp;page=1\">分页显示</a>", all);
        Assert.Equal(Rows(paged).Keys, Rows(all).Keys);
    }

    [Fact]
    public async Task The_chart_is_an_svg_image_of_the_table_in_chinese_that_runs_nothing_when_opened_on_its_own()
    {
        var expected = await ExpectedLeague.ForAsync(factory, LastClosed);
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var html = await bureau.GetPageAsync("/league");
        var src = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "<img src=\"(/league/chart.svg[^\"]*)\"").Groups[1].Value);

        using var chart = await bureau.GetAsync(src);
        var svg = await chart.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("image/svg+xml", chart.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", chart.Headers.GetValues("Content-Security-Policy").Single());
        Assert.StartsWith("<svg", svg.TrimStart());
        Assert.Contains("各街道清零率排名", svg);
        Assert.All(expected, x => Assert.Contains(x.Name, svg));
        using var anonymous = factory.NewClient();
        using var refused = await anonymous.GetAsync(src);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task An_earlier_week_ranks_its_own_snapshots_and_a_week_that_is_not_a_date_is_not_found()
    {
        var week = Week(factory, 4);
        var expected = await ExpectedLeague.ForAsync(factory, week);
        using var admin = await factory.NewClient().SignInAsync("admin");

        // Any day of the week opens that week.
        var rows = Rows(await admin.GetPageAsync($"/league?week={Iso(week.AddDays(-2))}"));

        Assert.Equal(expected.Select(x => (x.Id, S(x.Rank), S(x.Movement))),
            rows.Select(r => (r.Key, Html.Attribute(r.Value, "data-rank") ?? "", Html.Attribute(r.Value, "data-movement") ?? "")));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/league?week=not-a-date")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/league?week={Iso(CurrentWeek(factory).AddDays(7))}")).StatusCode);
    }

    [Fact]
    public async Task The_why_page_compares_each_component_with_the_median_and_the_leader()
    {
        var expected = (await ExpectedLeague.ForAsync(factory, LastClosed)).Where(x => x.Rank is not null).ToList();
        var subject = expected.OrderBy(x => x.Rank).Skip(2).First();
        var leader = expected[0];
        var percents = expected.Select(x => x.Percent!.Value).Order().ToList();
        var median = (percents[2] + percents[3]) / 2m;
        using var bureau = await factory.NewClient().SignInAsync("bureau");

        var html = await bureau.GetPageAsync($"/league/why/{subject.Id}?week={Iso(LastClosed)}");

        var card = Assert.Single(Html.OpeningTags(html, "why"));
        Assert.Equal((S(subject.Rank), "6"), (Html.Attribute(card, "data-rank"), Html.Attribute(card, "data-ranked")));
        var percent = Assert.Single(Html.OpeningTags(html, "why-component"), t => Html.Attribute(t, "data-component") == "PercentCleared");
        Assert.Equal(subject.Percent, decimal.Parse(Html.Attribute(percent, "data-value")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(median, decimal.Parse(Html.Attribute(percent, "data-median")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(leader.Percent, decimal.Parse(Html.Attribute(percent, "data-leader")!, System.Globalization.CultureInfo.InvariantCulture));
        // Placed behind the sub-district just ahead on the first component that differs.
        var ahead = expected.Where(x => x.Rank < subject.Rank).MaxBy(x => x.Rank)!;
        var decided = ahead.Percent != subject.Percent ? "PercentCleared" : ahead.Newly != subject.Newly ? "NewlyCleared" : "OnTimeRate";
        Assert.Equal(decided, Html.Attribute(Assert.Single(Html.OpeningTags(html, "why-decided")), "data-decided-by"));
        Assert.Contains(ahead.Name, html);
    }

    [Fact]
    public async Task A_committee_member_sees_only_its_scope_and_the_dashboard_is_the_bureaus()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var member = await factory.NewClient().SignInAsync("briefing");

        Assert.Equal([pailou.Id], Rows(await member.GetPageAsync("/league")).Keys);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/dashboard")).StatusCode);
        using var officer = await factory.NewClient().SignInAsync("pailou");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/dashboard")).StatusCode);
        Assert.DoesNotContain("href=\"/dashboard\"", await officer.GetPageAsync("/"));
    }
}
