using System.Net;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>
/// One home per fact (README, "Where each fact lives"): the return is pre-filled from the registry and the committee
/// track, so a restatement of an older week reaches the next return and cannot be silently undone, and a consultation
/// recorded on the committee page appears in the next return without being typed again. Its own demo database, since
/// it files this week's return of 牌楼.
/// </summary>
public sealed class HomesTests(ReturnsWorld world) : IClassFixture<ReturnsWorld>
{
    [Fact]
    public async Task A_restated_older_week_is_what_the_next_return_shows_and_it_cannot_be_undone_there()
    {
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DistrictPortal.Web.Infrastructure.DemoData.DemoHierarchy.PailouName);
        await ReturnsWorld.CampaignAsync(world.Portal);
        using var officer = await world.SignInAsync("pailou");
        using var bureau = await world.SignInAsync("bureau");
        var older = ReturnsWorld.Week.AddDays(-49); // the second week of the demo history: estates still open
        var olderUrl = ReturnsWorld.Url(pailou.Id, older);

        // The bureau reopens an older accepted week; the officer strikes one more estate off within it; accepted again.
        var page = await bureau.GetPageAsync(olderUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.PostFormAsync($"{olderUrl}/reopen",
            [new("Version", ReturnPage.VersionOf(page, "reopen-form")!), new("Reason", "补报漏报的销号小区")], olderUrl)).StatusCode);
        page = await officer.GetPageAsync(olderUrl);
        // An estate still open in every week accepted since.
        var since = (await ReturnsWorld.StoredAsync(world.Portal, pailou.Id, ReturnsWorld.LastWeek))!;
        var estateId = ReturnPage.Rows(page).Where(r => Html.Attribute(r.Value, "data-struck-off") == "false").Select(r => r.Key)
            .First(id => !since.Rows.Single(r => r.EstateId == id).IsStruckOff);
        var struckOn = older.AddDays(-1);
        var submitted = await officer.PostFormAsync(olderUrl, ReturnPage.FormFields(page).StrikeOff(estateId, struckOn, "CommunityTrusteeship").Command("submit"), olderUrl);
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, string.Join("; ", ReturnPage.Summary(await submitted.Content.ReadAsStringAsync())));
        page = await bureau.GetPageAsync(olderUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.PostFormAsync($"{olderUrl}/accept",
            [new("Version", ReturnPage.VersionOf(page, "accept-form")!)], olderUrl)).StatusCode);

        // The weeks accepted since still say the estate is open (they are frozen), but this week's return shows the
        // registry, which the restatement reached: struck off, on the restated date.
        since = (await ReturnsWorld.StoredAsync(world.Portal, pailou.Id, ReturnsWorld.LastWeek))!;
        Assert.False(since.Rows.Single(r => r.EstateId == estateId).IsStruckOff);
        var url = ReturnsWorld.Url(pailou.Id, ReturnsWorld.Week);
        page = await officer.GetPageAsync(url);
        Assert.Equal("true", Html.Attribute(ReturnPage.Rows(page)[estateId], "data-struck-off"));
        Assert.Equal(ReturnPage.Iso(struckOn), Html.InputValue(page, $"Rows[{estateId}].StruckOffDate"));

        // Un-striking it in this week's return is refused: it is compared with the registry, not the last frozen week.
        var undo = await officer.PostFormAsync(url, ReturnPage.FormFields(page).Row(estateId, "IsStruckOff", "false").Row(estateId, "StruckOffDate", "").Command("submit"), url);
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Contains(ReturnPage.Summary(await undo.Content.ReadAsStringAsync()), m => m.EndsWith("不能撤销销号。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_consultation_recorded_on_the_committee_page_appears_in_the_next_return_and_is_not_typed_there()
    {
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DistrictPortal.Web.Infrastructure.DemoData.DemoHierarchy.PailouName);
        await ReturnsWorld.CampaignAsync(world.Portal);
        using var officer = await world.SignInAsync("pailou");
        var url = ReturnsWorld.Url(pailou.Id, ReturnsWorld.Week);
        var page = await officer.GetPageAsync(url);
        var committees = world.Portal.Services.GetRequiredService<ICommitteeRepository>();
        long estateId = 0;
        foreach (var id in ReturnPage.Rows(page).Keys.Order())
        {
            if ((await committees.GetRecordAsync(id)).Consultation is null)
            {
                estateId = id;
                break;
            }
        }
        Assert.NotEqual(0, estateId);

        var held = new DateOnly(2026, 11, 20);
        var saved = await new CommitteeService(committees).SaveConsultationAsync(new ResidentConsultation
        {
            EstateId = estateId, StartDate = held.AddDays(-10), EndDate = held, Households = 100, BallotsReturned = 80, VotesForProfessional = 60,
        }, held, new ChangeContext(0, "test", DateTime.UtcNow));
        Assert.True(saved.Succeeded);

        page = await officer.GetPageAsync(url);
        var row = System.Text.RegularExpressions.Regex.Match(page, $"data-estate=\"{estateId}\".*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains($"<span class=\"from-track\">{ReturnPage.Iso(held)}</span>", row);
        // No box to type it into: the committee page is its home.
        Assert.Null(Html.InputValue(page, $"Rows[{estateId}].ConsultationDate"));
    }
}
