using System.Globalization;
using System.Net;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>
/// Accepted means locked; reopening needs a reviewer and a reason; what is accepted again is a dated restatement, and the
/// figures frozen at the first acceptance stay visible beside it.
/// </summary>
[Collection(ReturnsCollection.Name)]
public sealed class RestatementTests(ReturnsWorld world)
{
    [Fact]
    public async Task A_reopened_return_is_accepted_again_as_a_restatement_and_the_first_snapshot_stays()
    {
        var zhonghualu = await ReturnsWorld.SubDistrictAsync(world.Portal, "中华路街道（演示）");
        await ReturnsWorld.CampaignAsync(world.Portal);
        var week = ReturnsWorld.LastWeek;
        var url = ReturnsWorld.Url(zhonghualu.Id, week);
        using var officer = await world.SignInAsync("zhonghualu");
        using var bureau = await world.SignInAsync("bureau");
        var original = (await ReturnsWorld.StoredAsync(world.Portal, zhonghualu.Id, week))!;
        Assert.Equal(ReturnStatus.Accepted, original.Status);

        // Locked: the officer has no form, and a save is refused.
        var page = await officer.GetPageAsync(url);
        Assert.DoesNotContain("id=\"return-form\"", page);
        var coveredAtAcceptance = ReturnPage.Figure(page, "covered")!;
        var locked = await officer.PostFormAsync(url, [new("Version", original.Version.ToString(CultureInfo.InvariantCulture)), new("Command", "submit")], url);
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);

        // The reviewer reopens it with a reason.
        page = await bureau.GetPageAsync(url);
        var reopened = await bureau.PostFormAsync($"{url}/reopen", [new("Version", ReturnPage.VersionOf(page, "reopen-form")!), new("Reason", "补报一个漏报的销号小区")], url);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);

        // The officer corrects it: one more estate struck off within that week. The accepted figures are shown beside the live ones.
        page = await officer.GetPageAsync(url);
        Assert.Equal("Reopened", ReturnPage.Status(page));
        Assert.Contains("补报一个漏报的销号小区", page);
        Assert.Contains($"data-covered=\"{coveredAtAcceptance}\"", page); // the accepted version, still visible
        var estateId = ReturnPage.OpenEstate(page);
        var fields = ReturnPage.FormFields(page).StrikeOff(estateId, week, "CommunityTrusteeship").Set("ProgressNarrative", "更正：补报销号小区一个。");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, fields.Command("submit"), url)).StatusCode);

        page = await bureau.GetPageAsync(url);
        Assert.Equal(("Submitted", "OnTime"), (ReturnPage.Status(page), ReturnPage.Timeliness(page)));
        Assert.Equal(HttpStatusCode.Redirect,
            (await bureau.PostFormAsync($"{url}/accept", [new("Version", ReturnPage.VersionOf(page, "accept-form")!)], url)).StatusCode);

        // Accepted again: a restatement, with both snapshots listed and the original's figures unchanged.
        page = await officer.GetPageAsync(url);
        Assert.Equal("Accepted", ReturnPage.Status(page));
        Assert.Contains("restatement-badge", page);
        var snapshots = Html.OpeningTags(page, "snapshot");
        Assert.Equal(2, snapshots.Count);
        Assert.Equal(("false", coveredAtAcceptance), (Html.Attribute(snapshots[0], "data-restatement"), Html.Attribute(snapshots[0], "data-covered")));
        var restatedCovered = int.Parse(coveredAtAcceptance, CultureInfo.InvariantCulture) + 1;
        Assert.Equal(("true", restatedCovered.ToString(CultureInfo.InvariantCulture)),
            (Html.Attribute(snapshots[1], "data-restatement"), Html.Attribute(snapshots[1], "data-covered")));
        Assert.Equal(restatedCovered.ToString(CultureInfo.InvariantCulture), ReturnPage.Figure(page, "covered"));

        var stored = await world.Portal.Services.GetRequiredService<IWeeklyReturnRepository>().ListSnapshotsAsync(original.Id);
        Assert.Equal([false, true], stored.Select(s => s.IsRestatement));
        Assert.Equal(original.FirstSubmittedUtc, (await ReturnsWorld.StoredAsync(world.Portal, zhonghualu.Id, week))!.FirstSubmittedUtc);

        // The first acceptance's covered figure still opens to its own list of estates.
        var firstSnapshot = Html.Attribute(snapshots[0], "data-snapshot");
        var list = await officer.GetPageAsync($"{url}?figure=covered&snapshot={firstSnapshot}");
        Assert.Equal(coveredAtAcceptance, Html.Attribute(Html.OpeningTags(list, "figure-estates").Single(), "data-count"));
        Assert.DoesNotContain($"data-estate=\"{estateId}\"", System.Text.RegularExpressions.Regex.Match(list,
            "<div id=\"figure\".*?</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Value);

        // The list marks the week as a restatement.
        var lines = await bureau.GetPageAsync($"/returns?week={ReturnPage.Iso(week)}&sub={zhonghualu.Id}");
        Assert.Contains("restatement-badge", lines);
    }

    [Fact]
    public async Task A_restatement_that_un_strikes_an_estate_puts_it_back_on_the_registry_as_it_was()
    {
        var nanan = await ReturnsWorld.SubDistrictAsync(world.Portal, "南岸街道（演示）");
        await ReturnsWorld.CampaignAsync(world.Portal);
        var registry = world.Portal.Services.GetRequiredService<Core.Estates.IEstateRepository>();
        // An accepted week of the demo history (well before the weeks other tests use) that struck an estate off.
        WeeklyReturn? original = null;
        ReturnRow? row = null;
        for (var week = ReturnsWorld.Week.AddDays(-21); row is null && week > ReturnsWorld.Week.AddDays(-7 * 12); week = week.AddDays(-7))
        {
            original = await ReturnsWorld.StoredAsync(world.Portal, nanan.Id, week);
            row = original?.Rows.FirstOrDefault(r => r.IsStruckOff && r.StruckOffDate > week.AddDays(-7));
        }
        Assert.NotNull(row);
        var url = ReturnsWorld.Url(nanan.Id, original!.WeekEnding);
        using var officer = await world.SignInAsync("nanan");
        using var bureau = await world.SignInAsync("bureau");
        var struck = (await registry.GetByIdAsync(row.EstateId))!;
        Assert.NotEqual(Core.Estates.ManagementStatus.Unmanaged, struck.Status);

        // Reopened: the strike-off was reported in error, and the restated return no longer makes it.
        var page = await bureau.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.PostFormAsync($"{url}/reopen", [new("Version", ReturnPage.VersionOf(page, "reopen-form")!), new("Reason", "该小区业委会尚未备案，销号撤回")], url)).StatusCode);
        page = await officer.GetPageAsync(url);
        var unstruck = ReturnPage.FormFields(page).Row(row.EstateId, "IsStruckOff", "false").Row(row.EstateId, "StruckOffDate", "")
            .Set("ProgressNarrative", "更正：撤回误报的销号小区。");
        var submitted = await officer.PostFormAsync(url, unstruck.Command("submit"), url);
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, string.Join("; ", ReturnPage.Summary(await submitted.Content.ReadAsStringAsync())));
        page = await bureau.GetPageAsync(url);
        Assert.Equal("Submitted", ReturnPage.Status(page));
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.PostFormAsync($"{url}/accept", [new("Version", ReturnPage.VersionOf(page, "accept-form")!)], url)).StatusCode);

        // Back on the unmanaged list as before the strike-off, and the estate's trail says why, naming the return.
        var after = (await registry.GetByIdAsync(row.EstateId))!;
        Assert.Equal(Core.Estates.ManagementStatus.Unmanaged, after.Status);
        var estatePage = await bureau.GetPageAsync($"/estates/{row.EstateId}");
        Assert.Contains("<td>撤销销号</td>", estatePage);
        Assert.Contains($"<a href=\"/returns/{original.Id}\">", estatePage);
        Assert.True((await ReturnsWorld.StoredAsync(world.Portal, nanan.Id, original.WeekEnding))!.IsRestatement);
    }
}
