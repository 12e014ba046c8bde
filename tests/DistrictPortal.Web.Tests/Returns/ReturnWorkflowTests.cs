using System.Globalization;
using System.Net;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>
/// Issue 4's "done when", over HTTP with anti-forgery tokens and the clock pinned to Friday 16:30: 牌楼 files the week's
/// return on time; the bureau sends it back with a row reason; 牌楼 fixes it and resubmits; the bureau accepts and it is
/// locked; the audit trail and the estate registry show it.
/// </summary>
[Collection(ReturnsCollection.Name)]
public sealed class ReturnWorkflowTests(ReturnsWorld world)
{
    private const string RowReason = "请补充该小区六有落实的佐证材料";

    [Fact]
    public async Task Pailou_files_on_time_is_sent_back_resubmits_and_is_accepted_and_locked()
    {
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DemoHierarchy.PailouName);
        await ReturnsWorld.CampaignAsync(world.Portal);
        var url = ReturnsWorld.Url(pailou.Id, ReturnsWorld.Week);
        using var officer = await world.SignInAsync("pailou");
        using var bureau = await world.SignInAsync("bureau");

        // A new week: nothing filed, pre-filled from the last accepted return, half an hour left.
        var page = await officer.GetPageAsync(url);
        Assert.Equal("NotStarted", ReturnPage.Status(page));
        Assert.Contains("剩余 0 小时 30 分", page);
        Assert.Contains("class=\"countdown urgent-now\" data-urgency=\"Imminent\"", page);
        var estateId = ReturnPage.OpenEstate(page);
        var coveredBefore = int.Parse(ReturnPage.Figure(page, "covered")!, CultureInfo.InvariantCulture);

        // Save a draft striking one estate off, then submit it.
        var fields = ReturnPage.FormFields(page).StrikeOff(estateId, ReturnsWorld.Week).Row(estateId, "ContractSignedDate", "2026-11-27");
        var saved = await officer.PostFormAsync(url, fields.Command("save"), url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        page = await officer.GetPageAsync(url);
        Assert.Equal("Draft", ReturnPage.Status(page));
        Assert.Equal((coveredBefore + 1).ToString(CultureInfo.InvariantCulture), ReturnPage.Figure(page, "covered"));

        var submitted = await officer.PostFormAsync(url, ReturnPage.FormFields(page).Command("submit"), url);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        page = await officer.GetPageAsync(url);
        Assert.Equal(("Submitted", "OnTime"), (ReturnPage.Status(page), ReturnPage.Timeliness(page)));
        Assert.Contains("按时", page);
        // The week's league, built now and kept by the league's cache: 牌楼 still stands on its last frozen figures.
        var leagueUrl = $"/league?week={ReturnsWorld.Week:yyyy-MM-dd}";
        var leagueBefore = League.LeagueTableTests.Rows(await bureau.GetPageAsync(leagueUrl))[pailou.Id];
        Assert.Contains("CarriedForward", Html.Attribute(leagueBefore, "data-badges"));
        var trendUrl = $"/league/trend?week={ReturnsWorld.Week:yyyy-MM-dd}";
        var trendBefore = TrendAtWeek(await bureau.GetPageAsync(trendUrl), pailou.Id);
        Assert.DoesNotContain("id=\"return-form\"", page); // the officer cannot change a return awaiting review

        // The bureau sends it back with a reason beside that row only.
        var review = await bureau.GetPageAsync(url);
        var sentBack = await bureau.PostFormAsync($"{url}/send-back",
            [new("Version", ReturnPage.VersionOf(review, "send-back-form")!), new("Reason", ""), new($"RowReasons[{estateId}]", RowReason)], url);
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);

        // 牌楼 sees the reason beside the row, fixes it, and the row shows as changed since the send-back.
        page = await officer.GetPageAsync(url);
        Assert.Equal("SentBack", ReturnPage.Status(page));
        Assert.Contains(RowReason, Html.Text(System.Text.RegularExpressions.Regex.Match(page,
            $"<p class=\"row-reason\" data-estate=\"{estateId}\">(.*?)</p>").Groups[1].Value));
        Assert.Single(Html.OpeningTags(page, "row-notes"));
        Assert.DoesNotContain("Returns.", page); // every text found in the Chinese set
        Assert.Contains($"<li data-estate=\"{estateId}\"><a href=\"#r{estateId}\">", page); // listed up front, linked to its row
        var fixedFields = ReturnPage.FormFields(page).Row(estateId, "Blockers", "已补充六有佐证材料");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, fixedFields.Command("save"), url)).StatusCode);
        page = await officer.GetPageAsync(url);
        Assert.Equal("true", Html.Attribute(ReturnPage.Rows(page)[estateId], "data-changed"));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, ReturnPage.FormFields(page).Command("submit"), url)).StatusCode);

        // Still on time: the first submission counts, not the resubmission.
        review = await bureau.GetPageAsync(url);
        Assert.Equal(("Submitted", "OnTime"), (ReturnPage.Status(review), ReturnPage.Timeliness(review)));
        Assert.Equal("true", Html.Attribute(ReturnPage.Rows(review)[estateId], "data-changed"));

        // The bureau accepts: locked, figures frozen, a save is refused and changes nothing.
        var accepted = await bureau.PostFormAsync($"{url}/accept", [new("Version", ReturnPage.VersionOf(review, "accept-form")!)], url);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        page = await officer.GetPageAsync(url);
        Assert.Equal("Accepted", ReturnPage.Status(page));
        Assert.DoesNotContain("id=\"return-form\"", page);
        Assert.Contains("frozen-note", page);
        Assert.DoesNotContain("Returns.", page);
        var stored = (await ReturnsWorld.StoredAsync(world.Portal, pailou.Id, ReturnsWorld.Week))!;
        var refused = await officer.PostFormAsync(url, [new("Version", stored.Version.ToString(CultureInfo.InvariantCulture)),
            new("Command", "save"), new("ProgressNarrative", "改动已审核的周报")], url);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("已锁定", await refused.Content.ReadAsStringAsync());
        var after = (await ReturnsWorld.StoredAsync(world.Portal, pailou.Id, ReturnsWorld.Week))!;
        Assert.Equal((ReturnStatus.Accepted, stored.Version, stored.ProgressNarrative), (after.Status, after.Version, after.ProgressNarrative));

        // The same minute on the pinned clock, so only the acceptance's audit entry can tell the cache the league changed.
        var leagueAfter = League.LeagueTableTests.Rows(await bureau.GetPageAsync(leagueUrl))[pailou.Id];
        Assert.DoesNotContain("CarriedForward", Html.Attribute(leagueAfter, "data-badges"));
        Assert.NotEqual(Html.Attribute(leagueBefore, "data-percent"), Html.Attribute(leagueAfter, "data-percent"));
        // The trend is kept until a change too: its week now shows the accepted figure.
        Assert.Equal(Html.Attribute(leagueAfter, "data-percent") + "%", TrendAtWeek(await bureau.GetPageAsync(trendUrl), pailou.Id));
        Assert.NotEqual(trendBefore, TrendAtWeek(await bureau.GetPageAsync(trendUrl), pailou.Id));

        // The audit trail on the return: the strike-off, the send-back and the acceptance, each with old and new values.
        var estateName = after.Rows.Single(r => r.EstateId == estateId).EstateName;
        var audit = Html.OpeningTags(page, "audit-entry").Select(t => Html.Attribute(t, "data-field")).ToList();
        Assert.Contains($"Rows[{estateName}].IsStruckOff", audit);
        Assert.Contains($"Rows[{estateName}].ReviewReason", audit);
        Assert.Contains("Status", audit);

        // The registry: the estate is no longer unmanaged, in the mode the return gave, and its audit links the return.
        var estate = (await world.Portal.Services.GetRequiredService<IEstateRepository>().GetByIdAsync(estateId))!;
        Assert.Equal((ManagementStatus.Professional, ManagementMode.PropertyEnterprise), (estate.Status, estate.Mode));
        var estateAudit = await world.Portal.Services.GetRequiredService<IAuditRepository>().ListForEntityAsync(EstateAudit.EntityType, estateId);
        var link = Assert.Single(estateAudit, a => a.NewValue == after.Id.ToString(CultureInfo.InvariantCulture) && a.Field == nameof(EstateStrikeOff.WeeklyReturnId));
        var reviewer = await world.Portal.Services.GetRequiredService<Core.Identity.IUserRepository>().GetByUserNameAsync("bureau");
        Assert.Equal(reviewer!.Id, link.UserId);
        var estatePage = await officer.GetPageAsync($"/estates/{estateId}");
        Assert.Contains("专业物业", estatePage);
        Assert.Contains("<td>销号</td>", estatePage); // the action named in Chinese, not "strike-off"
        Assert.Contains($"<a href=\"/returns/{after.Id}\">", estatePage); // and the return behind it one click away
        var byId = await officer.GetAsync($"/returns/{after.Id}");
        Assert.Equal((HttpStatusCode.Redirect, url), (byId.StatusCode, byId.Headers.Location?.OriginalString));
    }

    /// <summary>A sub-district's % cleared in the last column of the trend table.</summary>
    private static string TrendAtWeek(string html, long subDistrictId) =>
        Html.Text(System.Text.RegularExpressions.Regex.Matches(
            System.Text.RegularExpressions.Regex.Match(html, $"<tr class=\"trend-row\" data-sub-district=\"{subDistrictId}\">.*?</tr>",
                System.Text.RegularExpressions.RegexOptions.Singleline).Value,
            "<td class=\"num\">(.*?)</td>")[^1].Groups[1].Value).Trim();
}
