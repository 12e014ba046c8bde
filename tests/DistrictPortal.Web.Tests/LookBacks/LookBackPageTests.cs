using System.Net;
using DistrictPortal.Core.Attachments;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.LookBacks;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Features.Briefings;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Attachments;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.LookBacks;

/// <summary>
/// /lookbacks and /lookbacks/{estateId} on the demo data, on a portal of their own (a relapse changes the registry): a
/// struck-off estate is provisional; a pass keeps it struck off; a failure puts it back on the list, and the league row
/// and the briefing of 牌楼 count the relapse with one number.
/// </summary>
public sealed class LookBackPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private ILookBackRepository LookBacks => factory.Services.GetRequiredService<ILookBackRepository>();

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");

    /// <summary>牌楼's struck-off estates that no test of this class has looked back on yet (the tests share the portal).</summary>
    private async Task<(Node Pailou, IReadOnlyList<StruckOffEstate> Struck)> PailouAsync()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        var looked = (await LookBacks.ListInScopeAsync(pailou.Path)).Select(l => l.EstateId).ToHashSet();
        var struck = (await LookBacks.ListStruckOffInScopeAsync(pailou.Path)).Where(s => !looked.Contains(s.EstateId)).ToList();
        Assert.True(struck.Count >= 2, "the demo strikes off a few of 牌楼's estates");
        return (pailou, struck);
    }

    /// <summary>The scope's counts by Core's rule, read afresh: what the page, the league and the briefing must all show.</summary>
    private async Task<LookBackCounts> CountsAsync(Node node) =>
        LookBackBoard.Total(await LookBacks.ListStruckOffInScopeAsync(node.Path), await LookBacks.ListInScopeAsync(node.Path),
            DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), LookBackSettings.Default);

    private static List<KeyValuePair<string, string>> Form(bool passed, int haves = 6, string? note = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Date", Today), new("Inspector", "王检查"), new("By", "Community"), new("Passed", passed ? "true" : "false"),
        };
        fields.AddRange(new[] { "Organisation", "Cleaning", "Repairs", "Greening", "Security", "Parking" }.Take(haves).Select(h => new KeyValuePair<string, string>("SixHaves", h)));
        if (note is not null)
            fields.Add(new("Note", note));
        return fields;
    }

    [Fact]
    public async Task A_struck_off_estate_is_provisional_a_pass_confirms_it_and_a_failure_puts_it_back_on_the_list_counted_in_league_and_briefing()
    {
        var (pailou, struck) = await PailouAsync();
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var list = await officer.GetPageAsync("/lookbacks?view=Overdue");
        var first = await officer.GetPageAsync("/lookbacks");
        Assert.Contains($"data-figure=\"provisional\">{(await CountsAsync(pailou)).Provisional}<", first);
        Assert.All(struck, s => Assert.True(list.Contains($"data-estate=\"{s.EstateId}\" data-stage=\"Provisional\"") || first.Contains($"data-estate=\"{s.EstateId}\" data-stage=\"Provisional\""),
            $"{s.EstateName} is listed as provisional"));

        var (passing, failing) = (struck[0], struck[1]);
        var passed = await officer.PostFormAsync($"/lookbacks/{passing.EstateId}", Form(passed: true));
        Assert.Equal(HttpStatusCode.Redirect, passed.StatusCode);
        Assert.Contains("data-stage=\"AwaitingSecond\"", await officer.GetPageAsync($"/lookbacks/{passing.EstateId}"));

        var failed = await officer.PostFormAsync($"/lookbacks/{failing.EstateId}", Form(passed: false, haves: 2, note: "保洁队撤场，无人维修"));
        Assert.Equal(HttpStatusCode.Redirect, failed.StatusCode);
        var facts = (await factory.Services.GetRequiredService<IWeeklyReturnRepository>().ListRegistryFactsAsync(pailou.Id)).Single(f => f.EstateId == failing.EstateId);
        Assert.Equal((ManagementStatus.Unmanaged, (DateOnly?)null), (facts.Status, facts.StruckOffDate));
        var trail = await factory.Services.GetRequiredService<IAuditRepository>().ListForEntityAsync(AuditEntities.Estate, failing.EstateId);
        Assert.Contains(trail, e => e.Action == AuditActions.Relapse && e.UserName == Demo.Operator("pailou"));
        var estatePage = await officer.GetPageAsync($"/lookbacks/{failing.EstateId}");
        Assert.Contains("data-stage=\"OnList\"", estatePage);
        Assert.Contains("data-relapsed=\"true\"", estatePage);

        // The league row of 牌楼 and its briefing show the counts /lookbacks shows, by one rule.
        var counts = await CountsAsync(pailou);
        Assert.Equal(1, counts.Relapses);
        Assert.Contains($"data-figure=\"relapses\">{counts.Relapses}<", await officer.GetPageAsync("/lookbacks"));
        var league = await officer.GetPageAsync("/league?all=true");
        Assert.Matches($"data-sub-district=\"{pailou.Id}\"[^>]*>[\\s\\S]*?data-relapses=\"1\" data-provisional=\"{counts.Provisional}\"", league);
        await using var scope = factory.Services.CreateAsyncScope();
        var briefing = await scope.ServiceProvider.GetRequiredService<BriefingAssembler>().AssembleAsync(pailou, LastFriday());
        var note = Assert.Single(briefing!.Narrative, n => n.Heading == "回头看");
        Assert.Contains($"销号（待回头看）{counts.Provisional}个", note.Text);
        Assert.Contains("返潮（回头看未通过、重新列入清零台账）1个", note.Text);
    }

    [Fact]
    public async Task A_pass_without_all_six_haves_or_a_failure_without_a_note_is_refused_naming_the_field_and_writes_nothing()
    {
        var (_, struck) = await PailouAsync();
        var estate = struck[0];
        using var officer = await factory.NewClient().SignInAsync("pailou");

        var pass = await officer.PostFormAsync($"/lookbacks/{estate.EstateId}", Form(passed: true, haves: 5));
        var fail = await officer.PostFormAsync($"/lookbacks/{estate.EstateId}", Form(passed: false));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, pass.StatusCode);
        Assert.Contains("回头看通过须现场“六有”齐全（目前 5/6）", await pass.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fail.StatusCode);
        Assert.Contains("回头看未通过时请填写情况说明", await fail.Content.ReadAsStringAsync());
        Assert.Empty(await LookBacks.ListByEstateAsync(estate.EstateId));
    }

    [Fact]
    public async Task The_bureau_reads_without_a_form_others_outside_the_scope_get_404_and_photos_attach_to_a_look_back()
    {
        var (_, struck) = await PailouAsync();
        var estate = struck[0];
        var page = $"/lookbacks/{estate.EstateId}";
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        using var donghu = await factory.NewClient().SignInAsync("donghu");
        using var officer = await factory.NewClient().SignInAsync("pailou");

        Assert.DoesNotContain("class=\"form lookback-form\"", await bureau.GetPageAsync(page));
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.PostFormAsync(page, Form(passed: true), tokenPage: "/lookbacks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await donghu.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await donghu.PostFormAsync(page, Form(passed: true), tokenPage: "/lookbacks")).StatusCode);
        Assert.DoesNotContain($"data-estate=\"{estate.EstateId}\"", await donghu.GetPageAsync("/lookbacks"));
        Assert.Contains("class=\"form lookback-form\"", await officer.GetPageAsync(page));

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(page, Form(passed: true))).StatusCode);
        var lookBack = Assert.Single(await LookBacks.ListByEstateAsync(estate.EstateId));
        var upload = await AttachmentTests.UploadAsync(officer, page, AttachmentOwnerKind.LookBack, lookBack.Id, "现场照片.pdf", DemoGovernance.MinimalPdf("photo"));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var photo = Assert.Single(await factory.Services.GetRequiredService<IAttachmentRepository>().ListByOwnerAsync(AttachmentOwnerKind.LookBack, lookBack.Id));
        Assert.Contains($"href=\"/attachments/{photo.Id}\"", await bureau.GetPageAsync(page));
        Assert.Equal(HttpStatusCode.NotFound, (await donghu.GetAsync($"/attachments/{photo.Id}")).StatusCode);
        // Outside the scope, a look-back takes no photo either.
        var foreign = await AttachmentTests.UploadAsync(donghu, "/lookbacks", AttachmentOwnerKind.LookBack, lookBack.Id, "冒传.pdf", DemoGovernance.MinimalPdf("x"));
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }

    [Fact]
    public async Task The_list_pages_sorts_and_says_when_a_part_is_empty()
    {
        using var officer = await factory.NewClient().SignInAsync("pailou");

        Assert.Contains("没有到期待第二次回头看的小区。", await officer.GetPageAsync("/lookbacks?view=Second"));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/lookbacks?view=Overdue&sort=name&page=99")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/lookbacks?view=Bogus&sort=x&page=-3")).StatusCode);
    }

    private static DateOnly LastFriday()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        while (day.DayOfWeek != DayOfWeek.Friday)
            day = day.AddDays(-1);
        return day;
    }
}
