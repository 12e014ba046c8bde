using System.Globalization;
using System.Net;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Standards;
using DistrictPortal.Web.Features.Briefings;
using DistrictPortal.Web.Features.Inspections;
using DistrictPortal.Web.Tests.Exports;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Inspections;

/// <summary>
/// /standards, /inspections and /inspections/{estateId} on the demo data, on a portal of their own (the tests edit a
/// standard): the demo's inspections meet all or not; the league row, the briefing and the page give one share; an
/// officer records for the estates of the scope, the office edits a standard, and an edit leaves old verdicts alone.
/// </summary>
public sealed class InspectionPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private IInspectionRepository Inspections => factory.Services.GetRequiredService<IInspectionRepository>();

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Percent(decimal? p) => p is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A managed estate of 牌楼 (or the first sub-district with one) with no inspection yet, and its standards.</summary>
    private async Task<(Estate Estate, IReadOnlyList<ServiceStandard> Applicable)> UninspectedAsync(Node scope)
    {
        var standards = await factory.Services.GetRequiredService<IServiceStandardRepository>().ListAsync();
        var inspected = (await Inspections.ListLatestInScopeAsync(scope.Path)).Select(i => i.EstateId).ToHashSet();
        var all = await factory.Services.GetRequiredService<IEstateRepository>().SearchAsync(new EstateQuery { ScopePath = scope.Path, PageSize = 1000 });
        var estate = all.Items.First(e => !inspected.Contains(e.Id) && StandardsService.Applicable(standards, e.Mode).Count > 0);
        return (estate, StandardsService.Applicable(standards, estate.Mode));
    }

    private static List<KeyValuePair<string, string>> Form(IReadOnlyList<ServiceStandard> applicable, Func<ServiceStandard, string?> value)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Date", Today), new("Inspector", "王检查"), new("Evidence", "问卷120份") };
        foreach (var s in applicable)
            if (value(s) is { } v)
                fields.Add(new($"Values[{s.Id}]", v));
        return fields;
    }

    /// <summary>A value that meets the standard: its threshold, or one above it where it must be exceeded.</summary>
    private static string OnItsLine(ServiceStandard s) =>
        (s.Comparison == StandardComparison.MoreThan ? s.Threshold + 1 : s.Threshold).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_demo_has_inspections_meeting_all_and_not_and_page_league_excel_and_briefing_give_one_share()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, "演示区");
        var latest = await Inspections.ListLatestInScopeAsync(district.Path);
        Assert.Contains(latest, i => i.MeetsAll);
        Assert.Contains(latest, i => !i.MeetsAll);
        var first = latest[0].SubDistrictId;
        var share = StandardsBoard.ShareBySubDistrict(latest)[first];
        var subDistrict = await factory.Services.GetRequiredService<INodeRepository>().GetByIdAsync(first);

        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var page = await bureau.GetPageAsync($"/inspections?subDistrict={first}");
        Assert.Contains($"data-figure=\"share\">{Percent(share.Percent)}<", page);
        Assert.Contains($"data-figure=\"inspected\">{share.Inspected}<", page);
        Assert.Contains($"data-meets-all=\"false\"", await bureau.GetPageAsync("/inspections?meetsAll=false"));
        Assert.Contains($"data-key=\"{first}\" data-share=\"{share.Percent?.ToString("0.0", CultureInfo.InvariantCulture)}\"",
            await bureau.GetPageAsync("/inspections?view=SubDistricts"));

        var league = await bureau.GetPageAsync("/league?all=true");
        Assert.Matches($"data-sub-district=\"{first}\"[^>]*>[\\s\\S]*?data-figure=\"standards-share\" data-inspected=\"{share.Inspected}\" data-meeting-all=\"{share.MeetingAll}\"", league);

        var (workbook, _) = await Workbooks.DownloadAsync(bureau, "/league/export.xlsx?all=true");
        using (workbook)
        {
            var sheet = workbook.Worksheet("完整数据");
            var header = sheet.Row(3).CellsUsed().Single(c => c.GetString().StartsWith("全部达标率", StringComparison.Ordinal));
            Assert.Contains("实时", header.GetString());
            var row = sheet.Column(2).CellsUsed().First(c => c.GetString() == subDistrict!.Name).Address.RowNumber;
            Assert.Equal(share.Percent!.Value, sheet.Cell(row, header.Address.ColumnNumber).GetValue<decimal>());
            Assert.Contains("不计入排名", string.Join("\n", sheet.CellsUsed().Select(c => c.GetString())));
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var briefing = await scope.ServiceProvider.GetRequiredService<BriefingAssembler>().AssembleAsync(subDistrict!, LastFriday());
        var note = Assert.Single(briefing!.Narrative, n => n.Heading == BriefingStandards.Heading);
        Assert.Contains($"已检查小区{share.Inspected}个", note.Text);
        Assert.Contains($"全部达标{share.MeetingAll}个，全部达标率{Percent(share.Percent)}", note.Text);
        Assert.Contains("实时", note.Text);
    }

    [Fact]
    public async Task An_officer_records_for_an_estate_of_the_scope_and_a_value_left_blank_is_refused_writing_nothing()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        var (estate, applicable) = await UninspectedAsync(pailou);
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var url = $"/inspections/{estate.Id}";
        Assert.Contains("class=\"form inspection-form\"", await officer.GetPageAsync(url));

        var blank = await officer.PostFormAsync(url, Form(applicable, s => s == applicable[0] ? null : OnItsLine(s)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Empty(await Inspections.ListByEstateAsync(estate.Id));

        var missed = applicable[^1];
        var saved = await officer.PostFormAsync(url, Form(applicable, s => s == missed ? (s.Comparison is StandardComparison.AtMost ? s.Threshold + 1 : 0).ToString(CultureInfo.InvariantCulture) : OnItsLine(s)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = Assert.Single(await Inspections.ListByEstateAsync(estate.Id));
        Assert.False(stored.MeetsAll);
        Assert.Equal([missed.Id], stored.Values.Where(v => !v.Met).Select(v => v.StandardId));
        Assert.Equal(Demo.Operator("pailou"), stored.RecordedByName);
        var trail = await factory.Services.GetRequiredService<IAuditRepository>().ListForEntityAsync(AuditEntities.Inspection, stored.Id);
        Assert.Equal(AuditActions.Create, Assert.Single(trail).Action);
        var history = await officer.GetPageAsync(url);
        Assert.Contains($"data-id=\"{stored.Id}\" data-meets-all=\"false\"", history);
        Assert.Contains($"data-standard=\"{missed.Id}\" data-met=\"false\"", history);
    }

    [Fact]
    public async Task The_bureau_reads_without_a_form_another_sub_district_gets_404_and_an_unmanaged_estate_has_nothing_to_record()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        var (estate, applicable) = await UninspectedAsync(pailou);
        var url = $"/inspections/{estate.Id}";
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        using var donghu = await factory.NewClient().SignInAsync("donghu");

        Assert.DoesNotContain("class=\"form inspection-form\"", await bureau.GetPageAsync(url));
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.PostFormAsync(url, Form(applicable, OnItsLine), tokenPage: "/inspections")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await donghu.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await donghu.PostFormAsync(url, Form(applicable, OnItsLine), tokenPage: "/inspections")).StatusCode);
        Assert.DoesNotContain($"href=\"/inspections/{estate.Id}\"", await donghu.GetPageAsync($"/inspections?subDistrict={pailou.Id}"));
        Assert.Empty(await Inspections.ListByEstateAsync(estate.Id));

        var all = await factory.Services.GetRequiredService<IEstateRepository>().SearchAsync(new EstateQuery { ScopePath = pailou.Path, PageSize = 1000 });
        var unmanaged = all.Items.First(e => e.Mode == ManagementMode.None);
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var page = await officer.GetPageAsync($"/inspections/{unmanaged.Id}");
        Assert.DoesNotContain("class=\"form inspection-form\"", page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostFormAsync($"/inspections/{unmanaged.Id}", Form([], OnItsLine))).StatusCode);
    }

    [Fact]
    public async Task The_office_edits_a_standard_which_judges_later_inspections_only_and_nobody_else_may()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        var standards = factory.Services.GetRequiredService<IServiceStandardRepository>();
        var before = (await standards.ListAsync()).Single(s => s.Id == 5); // P7: mediation success > 85%
        using var admin = await factory.NewClient().SignInAsync("admin");
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var (estate, applicable) = await UninspectedAsync(pailou);
        Assert.Contains(applicable, s => s.Id == 5);
        var url = $"/inspections/{estate.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, Form(applicable, s => s.Id == 5 ? "88" : OnItsLine(s)))).StatusCode);

        List<KeyValuePair<string, string>> Edit(string threshold, long version) =>
        [
            new("comparison", "MoreThan"), new("threshold", threshold), new("version", version.ToString(CultureInfo.InvariantCulture)), new("isActive", "true"),
            .. StandardRules.ModesIn(before.Modes).Select(m => new KeyValuePair<string, string>("modes", StandardRules.ModeBit(m).ToString())),
        ];
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormAsync("/standards/5", Edit("90", before.Version), tokenPage: "/standards")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostFormAsync("/standards/5", Edit("120", before.Version), tokenPage: "/standards")).StatusCode);
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/standards/5", Edit("90", before.Version), tokenPage: "/standards")).StatusCode);
            Assert.Contains("data-id=\"5\" data-measure=\"DisputeMediationSuccess\" data-plan=\"7\" data-active=\"true\" data-threshold=\"90\"", await officer.GetPageAsync("/standards"));
            Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(url, Form(applicable, s => s.Id == 5 ? "88" : OnItsLine(s)))).StatusCode);

            var (newer, older) = (await Inspections.ListByEstateAsync(estate.Id)) switch { var h => (h[0], h[1]) };
            Assert.True(older.MeetsAll);
            Assert.Equal((85m, true), (older.Values.Single(v => v.StandardId == 5).Threshold, older.Values.Single(v => v.StandardId == 5).Met));
            Assert.False(newer.MeetsAll);
            Assert.Equal((90m, false), (newer.Values.Single(v => v.StandardId == 5).Threshold, newer.Values.Single(v => v.StandardId == 5).Met));
            var trail = await factory.Services.GetRequiredService<IAuditRepository>().ListForEntityAsync(AuditEntities.ServiceStandard, 5);
            Assert.Contains(trail, e => e.Field == "Threshold" && e.OldValue == "85" && e.NewValue == "90" && e.UserName == Demo.Operator("admin"));
        }
        finally
        {
            var now = (await standards.ListAsync()).Single(s => s.Id == 5);
            await admin.PostFormAsync("/standards/5", Edit("85", now.Version), tokenPage: "/standards");
        }
        Assert.Equal(85m, (await standards.ListAsync()).Single(s => s.Id == 5).Threshold);
    }

    [Fact]
    public async Task The_list_exports_to_excel_and_pages_and_odd_queries_still_answer()
    {
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var district = await Demo.NodeAsync(factory, NodeLevel.District, "演示区");
        var latest = await Inspections.ListLatestInScopeAsync(district.Path);

        var (workbook, _) = await Workbooks.DownloadAsync(bureau, "/inspections/export.xlsx");
        using (workbook)
        {
            var text = string.Join("\n", workbook.Worksheets.First().CellsUsed().Select(c => c.GetString()));
            Assert.All(latest, i => Assert.Contains(i.EstateName, text));
            Assert.Contains("实时", text);
        }
        var (groups, _) = await Workbooks.DownloadAsync(bureau, "/inspections/export.xlsx?view=SubDistricts");
        using (groups)
            Assert.Contains(latest[0].SubDistrictName, string.Join("\n", groups.Worksheets.First().CellsUsed().Select(c => c.GetString())));
        foreach (var view in new[] { "Enterprises", "Packages" })
        {
            Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync($"/inspections?view={view}")).StatusCode);
            var (grouped, _) = await Workbooks.DownloadAsync(bureau, $"/inspections/export.xlsx?view={view}");
            grouped.Dispose();
        }
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync("/inspections?view=Bogus&page=-4&meetsAll=maybe&subDistrict=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync("/inspections?page=999999")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync("/standards")).StatusCode);
    }

    [Fact]
    public async Task By_enterprise_an_inspected_estate_counts_under_the_enterprise_of_its_current_contract()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, "演示区");
        var latest = await Inspections.ListLatestInScopeAsync(district.Path);
        var contracts = await factory.Services.GetRequiredService<Core.Enterprises.IContractRepository>().ListInScopeAsync(district.Path);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var current = contracts.GroupBy(c => c.EstateId).Select(g => Core.Enterprises.ContractRules.Current(g, today)).OfType<Core.Enterprises.ServiceContract>()
            .Where(c => latest.Any(i => i.EstateId == c.EstateId)).ToList();
        Assert.NotEmpty(current); // the demo inspects estates under contract
        var enterprise = current[0].EnterpriseId;
        var members = latest.Where(i => current.Any(c => c.EstateId == i.EstateId && c.EnterpriseId == enterprise)).ToList();

        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var page = await bureau.GetPageAsync("/inspections?view=Enterprises");

        var share = StandardsBoard.Share(members);
        Assert.Contains($"data-key=\"{enterprise}\" data-share=\"{share.Percent?.ToString("0.0", CultureInfo.InvariantCulture)}\"", page);
        Assert.Contains(current[0].EnterpriseName, page);
    }

    private static DateOnly LastFriday()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        while (day.DayOfWeek != DayOfWeek.Friday)
            day = day.AddDays(-1);
        return day;
    }
}
