using System.Globalization;
using System.Net;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>
/// Submitting checks Core's rules and says which estate and which field is wrong, beside the cell and in the summary;
/// a draft may be saved with the rules of submission still broken, but never with a negative count.
/// </summary>
[Collection(ReturnsCollection.Name)]
public sealed class ValidationTests(ReturnsWorld world)
{
    private const string Donghu = "东湖街道（演示）";

    [Fact]
    public async Task Submitting_names_the_estate_and_the_field_and_saves_nothing()
    {
        var nanan = await ReturnsWorld.SubDistrictAsync(world.Portal, "南岸街道（演示）");
        await ReturnsWorld.CampaignAsync(world.Portal);
        var url = ReturnsWorld.Url(nanan.Id, ReturnsWorld.Week);
        using var officer = await world.SignInAsync("nanan");
        var page = await officer.GetPageAsync(url);
        var rows = ReturnPage.Rows(page);
        var (a, b) = (ReturnPage.OpenEstate(page), ReturnPage.OpenEstate(page, skip: 1));
        var struck = rows.Where(r => Html.Attribute(r.Value, "data-struck-off") == "true").Select(r => r.Key).First();
        string Name(long id) => Html.Text(System.Text.RegularExpressions.Regex.Match(page,
            $"<a id=\"e{id}\" href=\"/estates/{id}\">([^<]*)</a>").Groups[1].Value);

        var fields = ReturnPage.FormFields(page)
            // A: struck off without a mode, with three of the six haves and no date.
            .Row(a, "IsStruckOff", "true", "false").Row(a, "Mode", "None").Row(a, "SixHaves", "Organisation", "Cleaning", "Security").Row(a, "StruckOffDate", "")
            // B: a contract signed in the future and a negative household count; committee-track dates posted anyway
            // (their home is /committees/{id}: the return ignores them, so they break nothing here).
            .Row(b, "ConsultationDate", "2026-11-20").Row(b, "OwnersMeetingDate", "2026-11-10").Row(b, "CommitteeElectedDate", "2026-12-01")
            .Row(b, "ContractSignedDate", "2026-12-01").Row(b, "Households", "-5")
            // An estate struck off in an accepted return cannot be un-struck. Its row is shown folded, without boxes, so
            // this is a forged post: the row's count comes along so that only the strike-off is at issue.
            .Row(struck, "IsStruckOff", "false").Row(struck, "Households", "100");
        var response = await officer.PostFormAsync(url, fields.Command("submit"), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var summary = ReturnPage.Summary(html);
        Assert.Contains($"{Name(a)}：销号须选定管理方式。", summary);
        Assert.Contains($"{Name(a)}：销号须六有齐全（目前 3/6）。", summary);
        Assert.Contains($"{Name(a)}：销号须填写销号日期。", summary);
        Assert.DoesNotContain(summary, m => m.Contains("业主大会日期", StringComparison.Ordinal) || m.Contains("业委会成立日期", StringComparison.Ordinal));
        Assert.Contains($"{Name(b)}：物业合同签订日期（2026-12-01）不能晚于今天。", summary);
        Assert.Contains($"{Name(b)}：户数不能为负数。", summary);
        Assert.Contains(summary, m => m.StartsWith($"{Name(struck)}：已于 ", StringComparison.Ordinal) && m.EndsWith("不能撤销销号。", StringComparison.Ordinal));
        Assert.Contains("销号须选定管理方式", Html.FieldMessage(html, $"Rows[{a}].Mode"));
        Assert.Contains("不能晚于今天", Html.FieldMessage(html, $"Rows[{b}].ContractSignedDate"));
        Assert.Contains("未提交", html);
        // The typed values are kept on the page for correction.
        Assert.Equal("-5", Html.InputValue(html, $"Rows[{b}].Households"));
        Assert.Null(await ReturnsWorld.StoredAsync(world.Portal, nanan.Id, ReturnsWorld.Week));

        // A draft may keep the broken strike-off, but not the negative count.
        var negative = await officer.PostFormAsync(url, fields.Command("save"), url);
        Assert.Equal(HttpStatusCode.OK, negative.StatusCode);
        Assert.Contains($"{Name(b)}：户数不能为负数。", ReturnPage.Summary(await negative.Content.ReadAsStringAsync()));
        Assert.Null(await ReturnsWorld.StoredAsync(world.Portal, nanan.Id, ReturnsWorld.Week));

        var draft = await officer.PostFormAsync(url, fields.Row(b, "Households", "120").Command("save"), url);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var stored = (await ReturnsWorld.StoredAsync(world.Portal, nanan.Id, ReturnsWorld.Week))!;
        Assert.Equal(ReturnStatus.Draft, stored.Status);
        var rowA = stored.Rows.Single(r => r.EstateId == a);
        Assert.Equal((true, ManagementMode.None, 3), (rowA.IsStruckOff, rowA.Mode, Haves.Count(rowA.SixHaves)));
        Assert.Equal(120, stored.Rows.Single(r => r.EstateId == b).Households);
    }

    [Fact]
    public async Task A_cell_the_form_cannot_read_is_named_beside_it_and_nothing_is_saved()
    {
        // Issue 19 binds the rows in one pass of its own (ReturnRowsBinder); what it cannot read is refused as MVC's
        // binder refused it: an error on the cell, in the reader's language, the page as typed, nothing written.
        var nanan = await ReturnsWorld.SubDistrictAsync(world.Portal, "南岸街道（演示）");
        await ReturnsWorld.CampaignAsync(world.Portal);
        var url = ReturnsWorld.Url(nanan.Id, ReturnsWorld.Week);
        using var officer = await world.SignInAsync("nanan");
        var page = await officer.GetPageAsync(url);
        var (a, b) = (ReturnPage.OpenEstate(page), ReturnPage.OpenEstate(page, skip: 1));
        var before = await ReturnsWorld.StoredAsync(world.Portal, nanan.Id, ReturnsWorld.Week);
        var fields = ReturnPage.FormFields(page)
            .Row(a, "Households", "十二").Row(b, "ContractSignedDate", "2026-02-30").Row(b, "Mode", "Sideways");

        var response = await officer.PostFormAsync(url, fields.Command("submit"), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var l = world.Portal.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            Assert.Equal(l["Binding.ValueInvalid", "十二", "Households"].Value, Html.FieldMessage(html, $"Rows[{a}].Households"));
            Assert.Equal(l["Binding.ValueInvalid", "2026-02-30", "ContractSignedDate"].Value, Html.FieldMessage(html, $"Rows[{b}].ContractSignedDate"));
            Assert.Equal(l["Binding.ValueInvalid", "Sideways", "Mode"].Value, Html.FieldMessage(html, $"Rows[{b}].Mode"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
        var after = await ReturnsWorld.StoredAsync(world.Portal, nanan.Id, ReturnsWorld.Week);
        Assert.Equal((before?.Status, before?.Version), (after?.Status, after?.Version));
    }

    [Fact]
    public async Task Messages_follow_the_language_of_the_reader()
    {
        var donghu = await ReturnsWorld.SubDistrictAsync(world.Portal, Donghu);
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DistrictPortal.Web.Infrastructure.DemoData.DemoHierarchy.PailouName);
        using var bureau = await world.SignInAsync("bureau");
        Assert.Equal(HttpStatusCode.Redirect, (await bureau.PostFormAsync("/language", [new("culture", "en"), new("returnUrl", "/")], "/")).StatusCode);

        var html = await bureau.GetPageAsync(ReturnsWorld.Url(donghu.Id, ReturnsWorld.LastWeek));
        Assert.Contains("Percent cleared", html);
        Assert.Contains("Send back", html);
        // No text is missing from the English set (a missing one shows as its key).
        foreach (var url in new[] { ReturnsWorld.Url(donghu.Id, ReturnsWorld.LastWeek), "/returns", "/", ReturnsWorld.Url(pailou.Id, ReturnsWorld.Week) })
            Assert.DoesNotContain("Returns.", await bureau.GetPageAsync(url));

        // Reopening needs a reason: refused, said in English, nothing changed.
        var accepted = ReturnsWorld.Url(pailou.Id, ReturnsWorld.LastWeek.AddDays(-7));
        var page = await bureau.GetPageAsync(accepted);
        var response = await bureau.PostFormAsync($"{accepted}/reopen", [new("Version", ReturnPage.VersionOf(page, "reopen-form")!), new("Reason", " ")], accepted);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give a reason to reopen.", await response.Content.ReadAsStringAsync());
        Assert.Equal(ReturnStatus.Accepted, (await ReturnsWorld.StoredAsync(world.Portal, pailou.Id, ReturnsWorld.LastWeek.AddDays(-7)))!.Status);
    }
}
