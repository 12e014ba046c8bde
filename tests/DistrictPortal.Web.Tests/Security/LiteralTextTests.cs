using System.Net;
using System.Text.RegularExpressions;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Tests.Faults;
using DistrictPortal.Web.Tests.Returns;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Security;

/// <summary>
/// Text that looks like markup or SQL is data: names, narratives and reasons holding a script tag, quotes and a SQL
/// fragment are stored exactly as typed and shown HTML-encoded, so the browser prints them instead of running them,
/// and the parameterised SQL never runs them. The Excel and PDF read-back is beside this, in <see cref="LiteralExportTests"/>.
/// </summary>
[Collection(ProofCollection.Name)]
public sealed class LiteralTextTests(ReturnsWorld world)
{
    public const string Payload = "<script>alert(1)</script> \"双引号\" 'single' '; DROP TABLE Estate;--";
    private const string RawScript = "<script>alert(1)</script>";
    private const string EncodedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";

    [Fact]
    public async Task An_estate_named_like_markup_and_sql_is_stored_as_typed_and_shown_encoded()
    {
        var nodes = world.Portal.Services.GetRequiredService<INodeRepository>();
        var root = Assert.Single(await nodes.GetRootsAsync());
        var community = Assert.Single(await nodes.ListByLevelAsync(root.Path, NodeLevel.Community), n => n.Name == "印盒石社区");
        using var officer = await world.SignInAsync("yinheshi");

        var created = await officer.PostFormAsync("/estates/create",
        [
            new("CommunityId", community.Id.ToString()), new("Name", Payload), new("Address", Payload), new("Buildings", "1"),
            new("Households", "10"), new("FloorArea", "1000"), new("Class", "Three"), new("Status", "Unmanaged"), new("Mode", "None"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var id = long.Parse(Regex.Match(url, "/estates/(\\d+)").Groups[1].Value);
        var estates = world.Portal.Services.GetRequiredService<IEstateRepository>();
        Assert.Equal((Payload, Payload), ((await estates.GetByIdAsync(id))!.Name, (await estates.GetByIdAsync(id))!.Address));
        AssertShownLiterally(await officer.GetPageAsync(url), url);
        AssertShownLiterally(await officer.GetPageAsync("/estates?q=" + Uri.EscapeDataString("alert(1)")), "/estates?q=alert(1)");

        // The fragment typed into the search box is a search for that text, not SQL: the table is still there.
        var search = await officer.GetPageAsync("/estates?q=" + Uri.EscapeDataString("'; DROP TABLE Estate;--"));
        AssertShownLiterally(search, "/estates?q='; DROP TABLE Estate;--");
        Assert.True((await estates.SearchAsync(new EstateQuery { ScopePath = root.Path })).TotalCount > 100);
    }

    [Fact]
    public async Task Narratives_and_reasons_like_markup_and_sql_are_stored_as_typed_and_shown_encoded()
    {
        var beicheng = await ReturnsWorld.SubDistrictAsync(world.Portal, "北城街道（演示）");
        await ReturnsWorld.CampaignAsync(world.Portal);
        var url = ReturnsWorld.Url(beicheng.Id, ReturnsWorld.Week);
        using var officer = await world.SignInAsync("beicheng");
        using var bureau = await world.SignInAsync("bureau");

        var page = await officer.GetPageAsync(url);
        var estateId = ReturnPage.OpenEstate(page);
        var fields = ReturnPage.FormFields(page).Set("ProgressNarrative", Payload).Set("ProblemsNarrative", Payload)
            .Row(estateId, "Blockers", Payload).Command("submit");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, fields, url)).StatusCode);
        var review = await bureau.GetPageAsync(url);
        var sentBack = await bureau.PostFormAsync($"{url}/send-back",
            [new("Version", ReturnPage.VersionOf(review, "send-back-form")!), new("Reason", Payload), new($"RowReasons[{estateId}]", Payload)], url);
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);

        var stored = (await ReturnsWorld.StoredAsync(world.Portal, beicheng.Id, ReturnsWorld.Week))!;
        Assert.Equal((Payload, Payload, Payload, Payload),
            (stored.ProgressNarrative, stored.ProblemsNarrative, stored.ReviewReason, stored.Rows.Single(r => r.EstateId == estateId).Blockers));
        page = await officer.GetPageAsync(url);
        AssertShownLiterally(page, url);
        var rowReason = Regex.Match(page, $"<p class=\"row-reason\" data-estate=\"{estateId}\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains(EncodedScript, rowReason);
        Assert.Contains(Payload, System.Net.WebUtility.HtmlDecode(rowReason));
        AssertShownLiterally(await bureau.GetPageAsync("/inbox"), "/inbox (the bureau's)", mustShow: false);
        AssertShownLiterally(await officer.GetPageAsync("/inbox"), "/inbox (the officer's send-back notice)", mustShow: false);
    }

    /// <summary>The page carries the payload only encoded; decoded, it reads exactly as typed.</summary>
    private static void AssertShownLiterally(string html, string page, bool mustShow = true)
    {
        Assert.False(html.Contains(RawScript, StringComparison.Ordinal), $"{page} carries a raw <script> tag from user text");
        Assert.False(html.Contains("\"双引号\"", StringComparison.Ordinal), $"{page} carries user quotes unencoded (they could close an attribute)");
        if (mustShow)
        {
            Assert.True(html.Contains(EncodedScript, StringComparison.Ordinal), $"{page} does not show the text encoded");
            Assert.Contains(Payload, System.Net.WebUtility.HtmlDecode(html));
        }
    }
}
