using System.Net;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Tests.Returns;

namespace DistrictPortal.Web.Tests.Faults;

/// <summary>
/// Two people on one return at the same moment. Returns/ConcurrencyTests covers two saves one after the other; these
/// send them at once (the database decides, including the very first save that creates the draft), and a save racing
/// the other officer's submission. In each, one wins, the other is refused with a message saying why, keeps what they
/// typed on the page (a stale draft; a return locked meanwhile is shown as it now stands), and nothing stored is overwritten.
/// </summary>
[Collection(ProofCollection.Name)]
public sealed class ConcurrentEditTests(ReturnsWorld world)
{
    private const string Overwritten = "已被他人修改";

    [Fact]
    public async Task Two_saves_sent_at_once_one_wins_and_the_other_is_refused_with_its_text_kept()
    {
        var xishan = await ReturnsWorld.SubDistrictAsync(world.Portal, "西山街道（演示）");
        await ReturnsWorld.CampaignAsync(world.Portal);
        var url = ReturnsWorld.Url(xishan.Id, ReturnsWorld.Week);
        using var first = await world.SignInAsync("xishan");
        using var second = await world.SignInAsync("xishan");

        // Round 1 races the save that creates the draft; round 2 races an update of it.
        foreach (var round in new[] { "建草稿", "改草稿" })
        {
            var firstForm = ReturnPage.FormFields(await first.GetPageAsync(url)).Set("ProgressNarrative", $"甲{round}").Command("save");
            var secondForm = ReturnPage.FormFields(await second.GetPageAsync(url)).Set("ProgressNarrative", $"乙{round}").Command("save");

            var answers = await Task.WhenAll(first.PostFormAsync(url, firstForm, url), second.PostFormAsync(url, secondForm, url));

            Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
            var winner = answers[0].StatusCode == HttpStatusCode.Redirect ? $"甲{round}" : $"乙{round}";
            var loser = winner.StartsWith('甲') ? $"乙{round}" : $"甲{round}";
            var refusal = await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync();
            Assert.Contains(Overwritten, refusal);
            Assert.Contains(loser, refusal);
            Assert.Equal(winner, (await ReturnsWorld.StoredAsync(world.Portal, xishan.Id, ReturnsWorld.Week))!.ProgressNarrative);
        }
    }

    [Fact]
    public async Task A_draft_saved_after_the_other_officer_submitted_is_refused_and_the_submission_stands()
    {
        var nanan = await ReturnsWorld.SubDistrictAsync(world.Portal, "南岸街道（演示）");
        await ReturnsWorld.CampaignAsync(world.Portal);
        var url = ReturnsWorld.Url(nanan.Id, ReturnsWorld.Week);
        using var submitter = await world.SignInAsync("nanan");
        using var late = await world.SignInAsync("nanan");
        Assert.Equal(HttpStatusCode.Redirect, (await submitter.PostFormAsync(url,
            ReturnPage.FormFields(await submitter.GetPageAsync(url)).Set("ProgressNarrative", "草稿").Command("save"), url)).StatusCode);
        var staleForm = ReturnPage.FormFields(await late.GetPageAsync(url)).Set("ProgressNarrative", "迟到的修改");

        var submitted = await submitter.PostFormAsync(url,
            ReturnPage.FormFields(await submitter.GetPageAsync(url)).Set("ProgressNarrative", "已提交的进展").Command("submit"), url);
        var refused = await late.PostFormAsync(url, staleForm.Command("save"), url);

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        // Locked comes before stale: the page says the return now awaits review and cannot be changed. (What the late
        // officer typed is not shown back here, unlike a stale draft: the page is the read-only submitted return.)
        Assert.Contains("周报当前为“待审核”，已锁定，不能修改", html);
        var stored = (await ReturnsWorld.StoredAsync(world.Portal, nanan.Id, ReturnsWorld.Week))!;
        Assert.Equal((ReturnStatus.Submitted, "已提交的进展"), (stored.Status, stored.ProgressNarrative));
    }

    [Fact]
    public async Task A_send_back_from_a_stale_page_after_another_reviewer_accepted_is_refused_and_the_acceptance_stands()
    {
        var zhonghualu = await ReturnsWorld.SubDistrictAsync(world.Portal, "中华路街道（演示）");
        await ReturnsWorld.CampaignAsync(world.Portal);
        var url = ReturnsWorld.Url(zhonghualu.Id, ReturnsWorld.Week);
        using var officer = await world.SignInAsync("zhonghualu");
        using var reviewer = await world.SignInAsync("bureau");
        using var colleague = await world.SignInAsync("bureau");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url,
            ReturnPage.FormFields(await officer.GetPageAsync(url)).Command("submit"), url)).StatusCode);
        var reviewerPage = await reviewer.GetPageAsync(url);
        var colleaguePage = await colleague.GetPageAsync(url);

        var accepted = await reviewer.PostFormAsync($"{url}/accept", [new("Version", ReturnPage.VersionOf(reviewerPage, "accept-form")!)], url);
        var sentBack = await colleague.PostFormAsync($"{url}/send-back",
            [new("Version", ReturnPage.VersionOf(colleaguePage, "send-back-form")!), new("Reason", "迟到的退回意见")], url);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, sentBack.StatusCode);
        var html = await sentBack.Content.ReadAsStringAsync();
        Assert.True(html.Contains(Overwritten, StringComparison.Ordinal) || html.Contains("已审核", StringComparison.Ordinal),
            "the refusal does not say another reviewer acted first");
        var stored = (await ReturnsWorld.StoredAsync(world.Portal, zhonghualu.Id, ReturnsWorld.Week))!;
        Assert.Equal(ReturnStatus.Accepted, stored.Status);
        Assert.Null(stored.ReviewReason);
    }
}
