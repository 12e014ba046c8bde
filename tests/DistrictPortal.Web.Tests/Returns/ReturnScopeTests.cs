using System.Net;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>
/// Scope by editing the URL: another sub-district's return is 404 to read and 403 to write; a community officer cannot
/// submit; a committee member cannot write; a reviewer cannot write a draft; an officer cannot review.
/// </summary>
[Collection(ReturnsCollection.Name)]
public sealed class ReturnScopeTests(ReturnsWorld world)
{
    private static List<KeyValuePair<string, string>> Save(string command = "save") =>
        [new("Version", "0"), new("Command", command), new("ProgressNarrative", "越权写入")];

    [Fact]
    public async Task An_officer_cannot_open_save_or_submit_another_sub_districts_return()
    {
        var donghu = await ReturnsWorld.SubDistrictAsync(world.Portal, "东湖街道（演示）");
        await ReturnsWorld.CampaignAsync(world.Portal);
        var url = ReturnsWorld.Url(donghu.Id, ReturnsWorld.Week);
        using var pailou = await world.SignInAsync("pailou");

        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync(ReturnsWorld.Url(donghu.Id, ReturnsWorld.LastWeek))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pailou.PostFormAsync(url, Save(), "/returns")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pailou.PostFormAsync(url, Save("submit"), "/returns")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pailou.PostFormAsync($"{url}/accept", [new("Version", "1")], "/returns")).StatusCode);
        Assert.Null(await ReturnsWorld.StoredAsync(world.Portal, donghu.Id, ReturnsWorld.Week));
        using var own = await world.SignInAsync("donghu");
        Assert.Equal(HttpStatusCode.BadRequest, (await own.PostWithoutTokenAsync(url, Save())).StatusCode); // no anti-forgery token
        Assert.Null(await ReturnsWorld.StoredAsync(world.Portal, donghu.Id, ReturnsWorld.Week));
        var returnId = (await ReturnsWorld.StoredAsync(world.Portal, donghu.Id, ReturnsWorld.LastWeek))!.Id;
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync($"/returns/{returnId}")).StatusCode);
    }

    [Fact]
    public async Task A_community_officer_opens_its_sub_districts_return_but_cannot_submit_it()
    {
        // Issue 15's shared return: the community fills in its own rows (ReturnShareTests); submitting stays the sub-district's.
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DemoHierarchy.PailouName);
        var url = ReturnsWorld.Url(pailou.Id, ReturnsWorld.LastWeek);
        using var community = await world.SignInAsync("yinheshi");

        Assert.Equal(HttpStatusCode.OK, (await community.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await community.PostFormAsync(ReturnsWorld.Url(pailou.Id, ReturnsWorld.Week), Save("submit"), "/returns")).StatusCode);
        var lines = Html.OpeningTags(await community.GetPageAsync("/returns"), "return-line");
        Assert.NotEmpty(lines);
        Assert.All(lines, t => Assert.Equal(pailou.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Html.Attribute(t, "data-sub-district")));
    }

    [Fact]
    public async Task A_committee_member_reads_but_cannot_write_or_review()
    {
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DemoHierarchy.PailouName);
        var url = ReturnsWorld.Url(pailou.Id, ReturnsWorld.LastWeek);
        using var member = await world.SignInAsync("briefing");

        var html = await member.GetPageAsync(url);
        Assert.DoesNotContain("id=\"return-form\"", html);
        Assert.DoesNotContain("class=\"card review-panel", html);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostFormAsync(ReturnsWorld.Url(pailou.Id, ReturnsWorld.Week), Save(), url)).StatusCode);
        foreach (var action in new[] { "accept", "send-back", "reopen" })
            Assert.Equal(HttpStatusCode.Forbidden, (await member.PostFormAsync($"{url}/{action}", [new("Version", "1"), new("Reason", "x")], url)).StatusCode);
    }

    [Fact]
    public async Task A_reviewer_cannot_write_a_draft_and_an_officer_cannot_review()
    {
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DemoHierarchy.PailouName);
        var url = ReturnsWorld.Url(pailou.Id, ReturnsWorld.LastWeek);
        using var bureau = await world.SignInAsync("bureau");
        using var officer = await world.SignInAsync("pailou");

        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.PostFormAsync(ReturnsWorld.Url(pailou.Id, ReturnsWorld.Week), Save(), "/returns")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormAsync($"{url}/reopen", [new("Version", "1"), new("Reason", "x")], url)).StatusCode);
        Assert.DoesNotContain("class=\"card review-panel", await officer.GetPageAsync(url));
    }

    [Theory]
    [InlineData("2026-11-26")] // a Thursday
    [InlineData("2026-13-40")]
    [InlineData("2026-12-04")] // next week has not begun
    [InlineData("2026-01-02")] // before the campaign
    public async Task A_week_that_is_not_a_reporting_week_is_not_found(string week)
    {
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DemoHierarchy.PailouName);
        using var admin = await world.SignInAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/returns/{pailou.Id}/{week}")).StatusCode);
    }

    [Fact]
    public async Task Only_a_sub_district_has_a_return()
    {
        var nodes = world.Portal.Services.GetRequiredService<INodeRepository>();
        var community = Assert.Single(await nodes.ListByLevelAsync(Assert.Single(await nodes.GetRootsAsync()).Path, NodeLevel.Community), c => c.Name == "印盒石社区");
        using var admin = await world.SignInAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(ReturnsWorld.Url(community.Id, ReturnsWorld.Week))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(ReturnsWorld.Url(987654, ReturnsWorld.Week))).StatusCode);
    }
}
