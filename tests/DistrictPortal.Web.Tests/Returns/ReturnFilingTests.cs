using System.Globalization;
using System.Net;
using System.Text;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Returns;

/// <summary>
/// Issue 15's return page on its own world (牌楼, 109 estates, this week not yet filed): the filters and the search, 校验
/// without saving, errors linked to their rows, tiles from what is saved, the bulk "six haves" action, the way back to
/// the row after a save, folded rows for standing strike-offs, and the page's weight.
/// </summary>
public sealed class ReturnFilingTests(ReturnsWorld world) : IClassFixture<ReturnsWorld>
{
    private async Task<(string Url, PortalClient Officer, string Page)> OpenAsync()
    {
        var pailou = await ReturnsWorld.SubDistrictAsync(world.Portal, DemoHierarchy.PailouName);
        await ReturnsWorld.CampaignAsync(world.Portal);
        var url = ReturnsWorld.Url(pailou.Id, ReturnsWorld.Week);
        var officer = await world.SignInAsync("pailou");
        return (url, officer, await officer.GetPageAsync(url));
    }

    [Fact]
    public async Task The_109_row_return_weighs_under_150_KB()
    {
        var (url, officer, page) = await OpenAsync();
        using var _o = officer;
        Assert.Equal(109, ReturnPage.Rows(page).Count);
        // Before anything is saved, and as a draft (which brings the audit trail and the evidence upload with its list).
        var draft = await officer.PostFormAsync(url, ReturnPage.FormFields(page).Command("save"), url);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        foreach (var html in new[] { page, await officer.GetPageAsync(url) })
        {
            var bytes = Encoding.UTF8.GetByteCount(html);
            Assert.True(bytes < 150 * 1024, $"The return page is {bytes:N0} bytes");
        }
    }

    [Fact]
    public async Task Half_an_hour_before_the_deadline_the_home_page_and_the_return_say_so_in_red_words()
    {
        var (_, officer, page) = await OpenAsync();
        using var _o = officer;
        var home = await officer.GetPageAsync("/");
        foreach (var html in new[] { home, page })
        {
            Assert.Contains("剩余 0 小时 30 分", html);
            Assert.Contains(Html.OpeningTags(html, "urgent-now"), t => Html.Attribute(t, "data-urgency") == "Imminent");
        }
    }

    [Fact]
    public async Task The_filters_count_and_show_their_rows_and_the_search_finds_by_name_or_number()
    {
        var (url, officer, page) = await OpenAsync();
        using var _o = officer;
        var all = ReturnPage.Rows(page);
        var open = all.Count(r => Html.Attribute(r.Value, "data-struck-off") == "false");
        Assert.Equal(all.Count.ToString(CultureInfo.InvariantCulture), FilterCount(page, "all"));
        Assert.Equal(open.ToString(CultureInfo.InvariantCulture), FilterCount(page, "todo"));

        var todo = await officer.GetPageAsync(url + "?f=todo");
        Assert.Equal(open, ReturnPage.Rows(todo).Count);
        Assert.All(ReturnPage.Rows(todo).Values, r => Assert.Equal("false", Html.Attribute(r, "data-struck-off")));
        Assert.Contains($"action=\"{url}?f=todo\"", todo); // a save keeps the filter

        var first = all.Keys.First();
        var name = Html.Text(System.Text.RegularExpressions.Regex.Match(page, $"<a id=\"e{first}\" href=\"/estates/{first}\">([^<]*)</a>").Groups[1].Value);
        var byName = await officer.GetPageAsync(url + "?q=" + Uri.EscapeDataString(name));
        Assert.Contains(first, ReturnPage.Rows(byName).Keys);
        var byNumber = ReturnPage.Rows(await officer.GetPageAsync(url + "?q=1"));
        Assert.Equal([first], byNumber.Keys.ToList());
        // Nonsense is no filter and no error.
        Assert.Equal(all.Count, ReturnPage.Rows(await officer.GetPageAsync(url + "?f=nonsense")).Count);
    }

    [Fact]
    public async Task Validate_names_the_errors_at_the_top_linked_to_their_rows_and_saves_nothing_and_the_tiles_keep_to_what_is_saved()
    {
        var (url, officer, page) = await OpenAsync();
        using var _o = officer;
        var estate = ReturnPage.OpenEstate(page);
        var covered = ReturnPage.Figure(page, "covered");
        // Other tests of this class may have saved a draft: "nothing saved" is the stored version unchanged.
        async Task<long?> StoredVersion() => (await ReturnsWorld.StoredAsync(world.Portal, ReturnPage.SubDistrictOf(url), ReturnsWorld.Week))?.Version;
        var version = await StoredVersion();
        // Struck off with a mode and a date but three of the six haves.
        var fields = ReturnPage.FormFields(page)
            .Row(estate, "IsStruckOff", "true").Row(estate, "Mode", "PropertyEnterprise").Row(estate, "StruckOffDate", ReturnPage.Iso(ReturnsWorld.Week))
            .Row(estate, "SixHaves", "Organisation", "Cleaning", "Security");

        var validated = await officer.PostFormAsync(url, fields.Command("validate"), url);
        Assert.Equal(HttpStatusCode.OK, validated.StatusCode);
        var html = await validated.Content.ReadAsStringAsync();
        Assert.Contains($"<li><a href=\"#r{estate}\">", html);
        Assert.Contains("六有齐全", Html.FieldMessage(html, $"Rows[{estate}].SixHaves"));
        Assert.Contains("class=\"return-row so", Html.OpeningTags(html, "return-row").Single(t => t.Contains($"data-estate=\"{estate}\"", StringComparison.Ordinal)));
        Assert.Equal(version, await StoredVersion());
        // The tiles count what is saved: the strike-off that was only typed is not covered.
        Assert.Equal(covered, ReturnPage.Figure(html, "covered"));

        var refused = await (await officer.PostFormAsync(url, fields.Command("submit"), url)).Content.ReadAsStringAsync();
        Assert.NotEmpty(ReturnPage.Summary(refused));
        Assert.Equal(covered, ReturnPage.Figure(refused, "covered"));

        // Fixed, it passes 校验 and is still not saved.
        var passing = await officer.PostFormAsync(url, fields.Row(estate, "SixHaves", "Organisation", "Cleaning", "Repairs", "Greening", "Security", "Parking").Command("validate"), url);
        var passed = await passing.Content.ReadAsStringAsync();
        Assert.Empty(ReturnPage.Summary(passed));
        Assert.Contains("class=\"flash validated\"", passed);
        Assert.Equal(version, await StoredVersion());
    }

    [Fact]
    public async Task The_bulk_action_ticks_all_six_haves_of_the_selected_rows_and_the_save_returns_to_the_row()
    {
        var (url, officer, page) = await OpenAsync();
        using var _o = officer;
        var (a, b, untouched) = (ReturnPage.OpenEstate(page), ReturnPage.OpenEstate(page, 1), ReturnPage.OpenEstate(page, 2));
        var fields = ReturnPage.FormFields(page).Row(untouched, "SixHaves").Set("Tick", a.ToString(CultureInfo.InvariantCulture), b.ToString(CultureInfo.InvariantCulture))
            .Set("At", b.ToString(CultureInfo.InvariantCulture));

        var response = await officer.PostFormAsync(url + "?f=todo", fields.Command("haves"), url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{url}?f=todo#r{b}", response.Headers.Location?.OriginalString);
        var stored = (await ReturnsWorld.StoredAsync(world.Portal, ReturnPage.SubDistrictOf(url), ReturnsWorld.Week))!;
        Assert.Equal(SixHaves.All, stored.Rows.Single(r => r.EstateId == a).SixHaves);
        Assert.Equal(SixHaves.All, stored.Rows.Single(r => r.EstateId == b).SixHaves);
        Assert.Equal(SixHaves.None, stored.Rows.Single(r => r.EstateId == untouched).SixHaves);
        Assert.Equal(ReturnStatus.Draft, stored.Status);
    }

    [Fact]
    public async Task A_strike_off_of_an_accepted_week_is_folded_without_boxes()
    {
        var (_, officer, page) = await OpenAsync();
        using var _o = officer;
        var folded = Html.OpeningTags(page, "lk");
        Assert.NotEmpty(folded);
        var id = long.Parse(Html.Attribute(folded[0], "data-estate")!, CultureInfo.InvariantCulture);
        Assert.Null(Html.InputValue(page, $"Rows[{id}].Households"));
        Assert.Contains("<details>", System.Text.RegularExpressions.Regex.Match(page, $"id=\"r{id}\".*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Value);
    }

    private static string? FilterCount(string html, string filter) =>
        Html.Attribute(Html.OpeningTags(html, "rf__tab").Single(t => Html.Attribute(t, "data-filter") == filter), "data-count");
}
