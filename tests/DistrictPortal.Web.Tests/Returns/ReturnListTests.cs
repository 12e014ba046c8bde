using System.Globalization;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>GET /returns in the user's scope, the figures opened to their estates, and the officer's countdown on the home page.</summary>
[Collection(ReturnsCollection.Name)]
public sealed class ReturnListTests(ReturnsWorld world)
{
    private static IReadOnlyList<string> Lines(string html, string attribute) =>
        Html.OpeningTags(html, "return-line").Select(t => Html.Attribute(t, attribute)!).ToList();

    [Fact]
    public async Task An_officer_lists_their_own_weeks_and_a_reviewer_every_sub_district()
    {
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DemoHierarchy.PailouName);
        await ReturnsWorld.CampaignAsync(world.Portal);
        using var officer = await world.SignInAsync("pailou");
        using var bureau = await world.SignInAsync("bureau");

        var own = await officer.GetPageAsync("/returns");
        Assert.Equal(9, Lines(own, "data-week").Count); // the campaign's eight demo weeks and this one
        Assert.All(Lines(own, "data-sub-district"), id => Assert.Equal(pailou.Id.ToString(CultureInfo.InvariantCulture), id));
        Assert.Equal("2026-11-27", Lines(own, "data-week")[0]);

        var week = await bureau.GetPageAsync("/returns?week=2026-11-20");
        Assert.Equal(6, Lines(week, "data-sub-district").Distinct().Count());
        var awaiting = await bureau.GetPageAsync("/returns?week=2026-11-20&status=Submitted");
        Assert.Equal(2, Lines(awaiting, "data-status").Count(s => s == "Submitted")); // 东湖 and 北城 await review in the demo

        var all = await bureau.GetPageAsync("/returns");
        Assert.Contains("共 54 条", all); // 6 sub-districts × 9 weeks
        Assert.Equal(50, Lines(all, "data-week").Count);
        Assert.Equal(4, Lines(await bureau.GetPageAsync("/returns?page=2"), "data-week").Count);
    }

    [Fact]
    public async Task Each_figure_opens_to_the_estates_behind_it()
    {
        var donghu = await ReturnsWorld.SubDistrictAsync(world.Portal, "东湖街道（演示）");
        var url = ReturnsWorld.Url(donghu.Id, ReturnsWorld.LastWeek);
        using var bureau = await world.SignInAsync("bureau");
        var page = await bureau.GetPageAsync(url);

        foreach (var figure in new[] { "baseline", "covered", "remaining", "committees" })
        {
            var list = await bureau.GetPageAsync($"{url}?figure={figure}");
            var opened = Html.OpeningTags(list, "figure-estates").Single();
            Assert.Equal(ReturnPage.Figure(page, figure), Html.Attribute(opened, "data-count"));
            Assert.Equal(int.Parse(ReturnPage.Figure(page, figure)!, CultureInfo.InvariantCulture), Html.OpeningTags(list, "figure-estate").Count);
        }
        Assert.Equal(int.Parse(ReturnPage.Figure(page, "baseline")!, CultureInfo.InvariantCulture),
            int.Parse(ReturnPage.Figure(page, "covered")!, CultureInfo.InvariantCulture) + int.Parse(ReturnPage.Figure(page, "remaining")!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_officers_home_page_counts_down_to_this_weeks_deadline()
    {
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DemoHierarchy.PailouName);
        await ReturnsWorld.CampaignAsync(world.Portal);
        using var officer = await world.SignInAsync("pailou");

        var home = await officer.GetPageAsync("/");

        Assert.Contains("剩余 0 小时 30 分", home);
        Assert.Contains("2026-11-27 17:00", home);
        Assert.Contains($"href=\"{ReturnsWorld.Url(pailou.Id, ReturnsWorld.Week)}\"", home);
        Assert.Equal("1800", Html.Attribute(Html.OpeningTags(home, "countdown").Single(), "data-remaining-seconds"));

        using var bureau = await world.SignInAsync("bureau");
        Assert.Single(Html.OpeningTags(await bureau.GetPageAsync("/"), "review-line"));
    }
}
