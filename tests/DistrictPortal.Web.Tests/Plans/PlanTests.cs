using System.Globalization;
using System.Net;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Plans;
using DistrictPortal.Core.Returns;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Plans;

/// <summary>
/// Issue 16 item 1 on the demo data: 牌楼街道's officer files the full-coverage plan (row by row and one date for many),
/// an estate past its planned date shows as overdue on the plan, the return and the league; scope, anti-forgery, a bad
/// row named, the audit, the workbook.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PlanTests(PortalFactory factory)
{
    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>牌楼街道, its campaign, and estates of its list still on it (not struck off in the registry).</summary>
    private async Task<(Node Pailou, Campaign Campaign, IReadOnlyList<CampaignEstate> Open)> PailouAsync()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var campaign = (await Get<ICampaignRepository>().GetForNodeAsync(pailou.Path))!;
        var struck = (await Get<IWeeklyReturnRepository>().ListRegistryFactsAsync(pailou.Id)).Where(f => f.IsStruckOff).Select(f => f.EstateId).ToHashSet();
        var open = (await Get<ICampaignRepository>().ListEstatesAsync(campaign.Id, pailou.Id)).Where(e => !struck.Contains(e.EstateId)).ToList();
        return (pailou, campaign, open);
    }

    private DateOnly Today => Get<PortalClock>().Today;

    [Fact]
    public async Task The_officer_sets_one_date_for_many_and_a_row_past_its_date_is_overdue_on_the_plan_the_return_and_the_league()
    {
        var (pailou, campaign, open) = await PailouAsync();
        var url = $"/plans/{pailou.Id}";
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var late = open[0];
        var later = open[1];
        var overdueDate = Today.AddDays(-2) < campaign.StartDate ? campaign.StartDate : Today.AddDays(-2);
        var futureDate = Today.AddDays(20);

        var page = await officer.GetPageAsync(url);
        Assert.Contains($"name=\"date.{late.EstateId}\"", page);

        var bulk = await officer.PostFormAsync($"{url}/bulk",
            [new("tick", late.EstateId.ToString(CultureInfo.InvariantCulture)), new("tick", later.EstateId.ToString(CultureInfo.InvariantCulture)),
             new("bulkDate", Iso(futureDate)), new("bulkMode", "3")], url);
        Assert.Equal(HttpStatusCode.Redirect, bulk.StatusCode);
        var rows = (await Get<IPlanRepository>().ListAsync(campaign.Id, pailou.Id)).ToDictionary(r => r.EstateId);
        Assert.Equal((Core.Estates.ManagementMode.CommunityTrusteeship, (DateOnly?)futureDate), (rows[late.EstateId].PlannedMode, rows[late.EstateId].PlannedDate));
        Assert.Equal((DateOnly?)futureDate, rows[later.EstateId].PlannedDate);

        // One row moved to a date already past: overdue, since the estate is not struck off.
        var fields = Html.OpeningTags(await officer.GetPageAsync(url), "plan-row").Select(t => Html.Attribute(t, "data-estate")!).ToList();
        var form = fields.SelectMany(id => new KeyValuePair<string, string>[]
        {
            new($"mode.{id}", rows.TryGetValue(long.Parse(id, CultureInfo.InvariantCulture), out var r) && r.PlannedMode != 0 ? ((int)r.PlannedMode).ToString(CultureInfo.InvariantCulture) : ""),
            new($"date.{id}", id == late.EstateId.ToString(CultureInfo.InvariantCulture) ? Iso(overdueDate)
                : rows.TryGetValue(long.Parse(id, CultureInfo.InvariantCulture), out var s) && s.PlannedDate is { } d ? Iso(d) : ""),
        }).ToList();
        var saved = await officer.PostFormAsync(url, form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        if (overdueDate < Today)
        {
            page = await officer.GetPageAsync(url);
            Assert.Contains($"class=\"overdue-estate\" data-estate=\"{late.EstateId}\"", page);
            var week = CampaignDirectoryWeek();
            var returnPage = await officer.GetPageAsync($"/returns/{pailou.Id}/{week}");
            Assert.Contains($"data-planned=\"{Iso(overdueDate)}\"", returnPage);
            using var bureau = await factory.NewClient().SignInAsync("bureau");
            var league = await bureau.GetPageAsync("/league?all=true");
            var row = Html.OpeningTags(league, "league-row").Single(t => Html.Attribute(t, "data-sub-district") == pailou.Id.ToString(CultureInfo.InvariantCulture));
            var from = league.IndexOf(row, StringComparison.Ordinal);
            var cell = league[from..].Split("data-figure=\"plan-overdue\"")[1];
            Assert.Matches("^>(<a[^>]*>)?[1-9]", cell);

            // The briefing lists it among the overdue items, with the sub-district answerable.
            var pdf = await bureau.GetAsync($"/briefings/{pailou.Id}.pdf");
            var text = System.Text.RegularExpressions.Regex.Replace(Briefings.PdfText.Of(await pdf.Content.ReadAsByteArrayAsync()), "\\s+", "");
            Assert.Contains("全覆盖计划逾期", text);
        }

        var audit = await Get<IAuditRepository>().ListForEntityAsync(AuditEntities.CoveragePlan, late.EstateId);
        Assert.Contains(audit, e => e.Field == "PlannedDate" && e.NewValue == Iso(overdueDate) && e.UserName == Demo.Operator("pailou"));
        Assert.Contains(audit, e => e.Field == "PlannedMode" && e.NewValue == "CommunityTrusteeship");

        var export = await officer.GetAsync($"{url}/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }

    private string CampaignDirectoryWeek() => Iso(Web.Infrastructure.Jobs.CampaignDirectory.WeekEndingAt(Get<PortalClock>().UtcNow));

    [Fact]
    public async Task A_bad_row_is_named_and_nothing_is_written()
    {
        var (pailou, campaign, open) = await PailouAsync();
        var url = $"/plans/{pailou.Id}";
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var estate = open[^1];
        var before = (await Get<IPlanRepository>().ListAsync(campaign.Id, pailou.Id)).Count;

        var badDate = await officer.PostFormAsync(url, [new($"date.{estate.EstateId}", "31/12/2026"), new($"date.{open[^2].EstateId}", Iso(Today.AddDays(5)))]);
        var afterTarget = await officer.PostFormAsync(url, [new($"date.{estate.EstateId}", Iso(campaign.TargetDate!.Value.AddDays(1)))]);
        var bulkNothing = await officer.PostFormAsync($"{url}/bulk", [new("bulkDate", Iso(Today))], url);

        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        var text = await badDate.Content.ReadAsStringAsync();
        Assert.Contains($"{estate.EstateName}：计划完成日期“31/12/2026”不是有效日期", text);
        Assert.Contains(estate.EstateName, await afterTarget.Content.ReadAsStringAsync());
        Assert.Contains("晚于清零目标日期", await afterTarget.Content.ReadAsStringAsync());
        Assert.Contains("请先勾选", await bulkNothing.Content.ReadAsStringAsync());
        Assert.Equal(before, (await Get<IPlanRepository>().ListAsync(campaign.Id, pailou.Id)).Count);
    }

    [Fact]
    public async Task Outside_its_scope_the_plan_is_404_the_bureau_reads_but_does_not_write_and_a_post_needs_its_token()
    {
        var (pailou, _, open) = await PailouAsync();
        var url = $"/plans/{pailou.Id}";
        using var other = await factory.NewClient().SignInAsync("nanan");
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{url}/export.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/plans/{estate.Id}")).StatusCode); // not a sub-district
        var read = await bureau.GetPageAsync(url);
        Assert.DoesNotContain("name=\"date.", read);
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.PostFormAsync(url, [new($"date.{open[0].EstateId}", Iso(Today))])).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostWithoutTokenAsync(url, [new($"date.{open[0].EstateId}", Iso(Today))])).StatusCode);
    }

    [Fact]
    public async Task The_admin_sets_the_phases_and_a_reversed_or_overlapping_phase_is_named_at_its_box()
    {
        var (_, campaign, _) = await PailouAsync();
        var url = $"/campaigns/{campaign.Id}/phases";
        using var admin = await factory.NewClient().SignInAsync("admin");
        // The demo seeds the phases (DemoGovernancePlans): a refused save leaves them as they were.
        var before = (await Get<IPlanRepository>().ListPhasesAsync(campaign.Id)).Select(p => (p.Kind, p.StartDate, p.EndDate)).ToList();
        var start = campaign.StartDate;
        var end = campaign.TargetDate!.Value;

        var refused = await admin.PostFormAsync(url,
            [new("Survey.StartDate", Iso(start)), new("Survey.EndDate", Iso(start.AddDays(30))),
             new("Implementation.StartDate", Iso(start.AddDays(20))), new("Implementation.EndDate", Iso(end))]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("推进落实开始日期", Html.FieldMessage(page, "Implementation.StartDate"));
        Assert.Equal(before, (await Get<IPlanRepository>().ListPhasesAsync(campaign.Id)).Select(p => (p.Kind, p.StartDate, p.EndDate)));

        var saved = await admin.PostFormAsync(url,
            [new("Survey.StartDate", Iso(start)), new("Survey.EndDate", Iso(start.AddDays(30))),
             new("Implementation.StartDate", Iso(start.AddDays(31))), new("Implementation.EndDate", Iso(end.AddDays(-30))),
             new("Consolidation.StartDate", Iso(end.AddDays(-29))), new("Consolidation.EndDate", Iso(end))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([PhaseKind.Survey, PhaseKind.Implementation, PhaseKind.Consolidation], (await Get<IPlanRepository>().ListPhasesAsync(campaign.Id)).Select(p => p.Kind));
        Assert.NotEmpty(await Get<IAuditRepository>().ListForEntityAsync(AuditEntities.CampaignPhase, campaign.Id));
        using var officer = await factory.NewClient().SignInAsync("pailou");
        Assert.NotEqual(HttpStatusCode.OK, (await officer.GetAsync(url)).StatusCode);
    }
}
