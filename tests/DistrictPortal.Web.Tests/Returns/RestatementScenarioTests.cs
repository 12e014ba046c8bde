using System.Net;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>
/// Issue 13's restatement, played as the issue tells it: the bureau reopens 牌楼街道's return of 2026-11-13, the officer
/// strikes two more estates off and un-strikes one, the bureau accepts. The return of 2026-11-27 (the frozen 11-20 one
/// still says otherwise) is pre-filled from the registry as restated, is accepted as filed, and from then on the latest
/// accepted return, the registry and the league agree on those three estates. Its own demo database.
/// </summary>
public sealed class RestatementScenarioTests(ReturnsWorld world) : IClassFixture<ReturnsWorld>
{
    private static readonly DateOnly Restated = new(2026, 11, 13);

    [Fact]
    public async Task A_restated_week_reaches_the_next_return_and_the_league_and_registry_agree_after_it()
    {
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DemoHierarchy.PailouName);
        await ReturnsWorld.CampaignAsync(world.Portal);
        using var officer = await world.SignInAsync("pailou");
        using var bureau = await world.SignInAsync("bureau");
        var restatedUrl = ReturnsWorld.Url(pailou.Id, Restated);
        var frozen1113 = (await ReturnsWorld.StoredAsync(world.Portal, pailou.Id, Restated))!;
        var frozen1120 = (await ReturnsWorld.StoredAsync(world.Portal, pailou.Id, ReturnsWorld.LastWeek))!;
        Assert.Equal(ReturnStatus.Accepted, frozen1113.Status);

        // Two estates open in both frozen weeks are struck off; one struck off within the week of 11-13 is withdrawn.
        var open = frozen1113.Rows.Where(r => !r.IsStruckOff && !frozen1120.Rows.Single(x => x.EstateId == r.EstateId).IsStruckOff)
            .Select(r => r.EstateId).Order().Take(2).ToList();
        var withdrawn = frozen1113.Rows.Where(r => r.IsStruckOff && r.StruckOffDate > Restated.AddDays(-7)).Select(r => r.EstateId).Order().First();
        Assert.Equal(2, open.Count);
        var struckOn = Restated.AddDays(-2);

        var page = await bureau.GetPageAsync(restatedUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.PostFormAsync($"{restatedUrl}/reopen",
            [new("Version", ReturnPage.VersionOf(page, "reopen-form")!), new("Reason", "更正：补报两个销号小区，撤回一个误报")], restatedUrl)).StatusCode);
        page = await officer.GetPageAsync(restatedUrl);
        var fields = ReturnPage.FormFields(page)
            .StrikeOff(open[0], struckOn, "CommunityTrusteeship").StrikeOff(open[1], struckOn, "SubDistrictPackage")
            .Row(withdrawn, "IsStruckOff", "false").Row(withdrawn, "StruckOffDate", "")
            .Set("ProgressNarrative", "更正：补报两个销号小区，撤回一个误报的销号。");
        var submitted = await officer.PostFormAsync(restatedUrl, fields.Command("submit"), restatedUrl);
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, string.Join("; ", ReturnPage.Summary(await submitted.Content.ReadAsStringAsync())));
        page = await bureau.GetPageAsync(restatedUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.PostFormAsync($"{restatedUrl}/accept", [new("Version", ReturnPage.VersionOf(page, "accept-form")!)], restatedUrl)).StatusCode);

        // 11-20 stays frozen as accepted, but 11-27 is pre-filled from the registry as restated.
        Assert.Equal(frozen1120.Rows.Single(r => r.EstateId == withdrawn).IsStruckOff, (await ReturnsWorld.StoredAsync(world.Portal, pailou.Id, ReturnsWorld.LastWeek))!.Rows.Single(r => r.EstateId == withdrawn).IsStruckOff);
        var url = ReturnsWorld.Url(pailou.Id, ReturnsWorld.Week);
        page = await officer.GetPageAsync(url);
        var rows = ReturnPage.Rows(page);
        Assert.Equal(("true", "true", "false"),
            (Html.Attribute(rows[open[0]], "data-struck-off"), Html.Attribute(rows[open[1]], "data-struck-off"), Html.Attribute(rows[withdrawn], "data-struck-off")));
        Assert.Equal(ReturnPage.Iso(struckOn), Html.InputValue(page, $"Rows[{open[0]}].StruckOffDate"));

        // Filed as pre-filled and accepted: the validator compares with the registry, so nothing is refused or undone.
        submitted = await officer.PostFormAsync(url, ReturnPage.FormFields(page).Set("ProgressNarrative", "本周无新增销号。").Command("submit"), url);
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, string.Join("; ", ReturnPage.Summary(await submitted.Content.ReadAsStringAsync())));
        page = await bureau.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.PostFormAsync($"{url}/accept", [new("Version", ReturnPage.VersionOf(page, "accept-form")!)], url)).StatusCode);

        var latest = (await ReturnsWorld.StoredAsync(world.Portal, pailou.Id, ReturnsWorld.Week))!;
        var registry = (await world.Portal.Services.GetRequiredService<IWeeklyReturnRepository>().ListRegistryFactsAsync(pailou.Id)).ToDictionary(f => f.EstateId);
        foreach (var id in open.Append(withdrawn))
        {
            var row = latest.Rows.Single(r => r.EstateId == id);
            Assert.Equal((row.IsStruckOff, row.StruckOffDate), (registry[id].IsStruckOff, registry[id].StruckOffDate));
        }
        Assert.Equal((true, true, false), (registry[open[0]].IsStruckOff, registry[open[1]].IsStruckOff, registry[withdrawn].IsStruckOff));

        // The league of 11-27 counts what the accepted return and the registry say.
        var covered = latest.Rows.Count(r => r.IsStruckOff);
        Assert.Equal(covered, latest.Rows.Count(r => registry[r.EstateId].IsStruckOff));
        var league = await bureau.GetPageAsync($"/league?week={ReturnPage.Iso(ReturnsWorld.Week)}&all=true");
        var line = System.Text.RegularExpressions.Regex.Match(league, $"<tr class=\"league-row\" data-sub-district=\"{pailou.Id}\".*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var cell = System.Text.RegularExpressions.Regex.Match(line, "data-figure=\"covered\"[^>]*>(.*?)</td>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.Equal(covered.ToString(System.Globalization.CultureInfo.InvariantCulture), Html.Text(cell.Groups[1].Value).Trim());
    }
}
