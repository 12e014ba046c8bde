using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Committees;

[Collection(PortalCollection.Name)]
public sealed class CommitteeTests(PortalFactory factory)
{
    private ICommitteeRepository Committees => factory.Services.GetRequiredService<ICommitteeRepository>();
    private IEstateRepository Estates => factory.Services.GetRequiredService<IEstateRepository>();
    private IAuditRepository Audit => factory.Services.GetRequiredService<IAuditRepository>();

    private static IReadOnlyList<string> Rows(string html) => Html.OpeningTags(html, "overdue-row");

    /// <summary>An estate of the community with nothing recorded yet, so a test that writes does not disturb the demo's showcase.</summary>
    private async Task<Estate> UntouchedEstateAsync(string community, int skip)
    {
        var node = await Demo.NodeAsync(factory, NodeLevel.Community, community);
        var tracks = await Committees.ListTracksAsync(node.Path);
        var track = tracks.Where(t => t.Version == 0 && t.CommitteeElectedDate is null).Skip(skip).First();
        return (await Estates.GetByIdAsync(track.EstateId))!;
    }

    [Fact]
    public async Task The_demo_overdue_list_shows_every_kind_and_non_trivial_counts()
    {
        using var pailou = await factory.NewClient().SignInAsync("pailou");
        var html = await pailou.GetPageAsync("/committees");
        Assert.Contains("牌楼街道", html);
        foreach (var kind in Enum.GetValues<CommitteeAlertKind>())
        {
            var filtered = Rows(await pailou.GetPageAsync($"/committees?kind={kind}"));
            Assert.True(filtered.Count > 0, $"no {kind} on the demo data");
            Assert.All(filtered, r => Assert.Equal(kind.ToString(), Html.Attribute(r, "data-kind")));
        }
        var total = Html.OpeningTags(html, "count-total")[0];
        var need = int.Parse(Html.Attribute(total, "data-need")!, CultureInfo.InvariantCulture);
        var formed = int.Parse(Html.Attribute(total, "data-formed")!, CultureInfo.InvariantCulture);
        Assert.True(formed > 0 && need > formed, $"need {need}, formed {formed}");
        // One row for the sub-district and one for each of its nine communities (P5).
        Assert.Equal(1 + 9, Html.OpeningTags(html, "count").Count);

        // Days overdue as Core computes them from the stored track.
        var first = Rows(html)[0];
        var estateId = long.Parse(Html.Attribute(first, "data-estate")!, CultureInfo.InvariantCulture);
        var estate = (await Estates.GetByIdAsync(estateId))!;
        var track = (await Committees.GetRecordAsync(estateId)).ToTrack(estate.Name);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var alert = CommitteeDeadlines.Alerts(track, today).First(a => a.Kind.ToString() == Html.Attribute(first, "data-kind"));
        Assert.Equal((alert.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), alert.Days.ToString(CultureInfo.InvariantCulture)),
            (Html.Attribute(first, "data-due"), Html.Attribute(first, "data-days")));
    }

    [Fact]
    public async Task Pailou_sees_only_its_estates_and_yinheshi_only_its_community()
    {
        var pailouNode = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var pailou = await factory.NewClient().SignInAsync("pailou");
        var rows = Rows(await pailou.GetPageAsync("/committees?sort=Estate"));
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var estate = (await Estates.GetByIdAsync(long.Parse(Html.Attribute(row, "data-estate")!, CultureInfo.InvariantCulture)))!;
            Assert.StartsWith(pailouNode.Path, estate.Path);
        }

        using var yinheshi = await factory.NewClient().SignInAsync("yinheshi");
        var html = await yinheshi.GetPageAsync("/committees");
        Assert.NotEmpty(Rows(html));
        Assert.All(Rows(html), r => Assert.Equal("印盒石社区", Html.Attribute(r, "data-community")));
        Assert.DoesNotContain("万安社区", html);

        // Another community's id filters to nothing (an empty state, not its rows); nonsense parameters do not crash.
        var wanan = await Demo.NodeAsync(factory, NodeLevel.Community, "万安社区");
        var empty = await yinheshi.GetPageAsync($"/committees?community={wanan.Id}");
        Assert.Empty(Rows(empty));
        Assert.Contains("没有符合筛选条件的事项", empty);
        Assert.NotEmpty(Rows(await yinheshi.GetPageAsync("/committees?kind=99&sort=bogus&page=-3&community=abc")));
    }

    [Fact]
    public async Task An_estate_outside_the_scope_is_404_on_get_and_post()
    {
        var outside = await Demo.FirstEstateAsync(factory, NodeLevel.SubDistrict, "东湖街道（演示）");
        var other = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "万安社区");
        using var pailou = await factory.NewClient().SignInAsync("pailou");
        using var yinheshi = await factory.NewClient().SignInAsync("yinheshi");
        var own = await UntouchedEstateAsync("印盒石社区", 0);
        var token = await yinheshi.TokenFromAsync($"/committees/{own.Id}/works");
        var auditBefore = (await Audit.ListForEntityAsync(CommitteeAudit.ConsultationEntity, outside.Id)).Count;
        var versionBefore = (await Committees.GetRecordAsync(outside.Id)).Consultation?.Version;

        foreach (var (client, estate) in new[] { (pailou, outside), (yinheshi, outside), (yinheshi, other) })
        {
            foreach (var path in new[] { "", "/works", "/consultation", "/committee", "/handover" })
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/committees/{estate.Id}{path}")).StatusCode);
        }
        var post = await yinheshi.PostWithoutTokenAsync($"/committees/{other.Id}/works",
            [new("Version", "0"), new("WorksAcceptedOn", "2026-01-05"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var pailouToken = await pailou.TokenFromAsync($"/committees/{own.Id}/works");
        post = await pailou.PostWithoutTokenAsync($"/committees/{outside.Id}/consultation",
            [new("Version", "0"), new("StartDate", "2026-01-05"), new("Households", "10"), new("__RequestVerificationToken", pailouToken)]);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync("/committees/987654321")).StatusCode);
        Assert.Equal(versionBefore, (await Committees.GetRecordAsync(outside.Id)).Consultation?.Version);
        Assert.Equal(auditBefore, (await Audit.ListForEntityAsync(CommitteeAudit.ConsultationEntity, outside.Id)).Count);
    }

    [Fact]
    public async Task Readers_read_but_do_not_edit()
    {
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        foreach (var user in new[] { "briefing", "bureau" })
        {
            using var reader = await factory.NewClient().SignInAsync(user);
            var detail = await reader.GetPageAsync($"/committees/{estate.Id}");
            Assert.DoesNotContain($"/committees/{estate.Id}/consultation\"", detail);
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"/committees/{estate.Id}/consultation")).StatusCode);
        }
    }

    [Fact]
    public async Task A_post_with_a_validation_error_names_the_field_and_writes_nothing()
    {
        var estate = await UntouchedEstateAsync("印盒石社区", 1);
        using var yinheshi = await factory.NewClient().SignInAsync("yinheshi");
        var url = $"/committees/{estate.Id}/consultation";
        var response = await yinheshi.PostFormAsync(url,
        [
            new("Version", "0"), new("StartDate", "2026-03-01"), new("EndDate", "2026-03-10"), new("Households", "200"),
            new("BallotsReturned", "120"), new("VotesForProfessional", "101"), new("VotesForCommunityBased", "30"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("选择社区化管理（户）", Html.FieldMessage(html, "VotesForCommunityBased"));
        Assert.Contains("120", Html.FieldMessage(html, "VotesForCommunityBased"));

        response = await yinheshi.PostFormAsync(url, [new("Version", "0"), new("StartDate", "2026-03-01"), new("Households", "abc")]);
        Assert.Contains("全部户数", Html.FieldMessage(await response.Content.ReadAsStringAsync(), "Households"));

        Assert.Null((await Committees.GetRecordAsync(estate.Id)).Consultation);
        Assert.Empty(await Audit.ListForEntityAsync(CommitteeAudit.ConsultationEntity, estate.Id));
    }

    [Fact]
    public async Task Recording_explains_the_outcome_against_all_households_and_is_audited()
    {
        var estate = await UntouchedEstateAsync("印盒石社区", 2);
        using var yinheshi = await factory.NewClient().SignInAsync("yinheshi");
        var works = await yinheshi.PostFormAsync($"/committees/{estate.Id}/works", [new("Version", "0"), new("WorksAcceptedOn", "2026-01-31")]);
        Assert.Equal(HttpStatusCode.Redirect, works.StatusCode);
        var version = (await Committees.GetRecordAsync(estate.Id)).Consultation!.Version;
        var saved = await yinheshi.PostFormAsync($"/committees/{estate.Id}/consultation",
        [
            new("Version", version.ToString(CultureInfo.InvariantCulture)), new("StartDate", "2026-02-10"), new("EndDate", "2026-02-25"),
            new("Households", "200"), new("BallotsReturned", "120"), new("VotesForProfessional", "101"), new("VotesForCommunityBased", "19"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var detail = await yinheshi.GetPageAsync($"/committees/{estate.Id}");
        Assert.Contains("全部 200 户中 101 户选择专业化物业管理（按全部户数计，不按回收的 120 份意见计）：超过半数", detail);
        Assert.Contains("data-outcome=\"Professional\"", detail);
        Assert.Contains("2026-02-28", detail); // consultation due: 31 January + one month
        var audit = await Audit.ListForEntityAsync(CommitteeAudit.ConsultationEntity, estate.Id);
        Assert.Contains(audit, e => e.UserName == Demo.Operator("yinheshi") && e.Field == "WorksAcceptedOn" && e.NewValue == "2026-01-31");
        Assert.Contains(audit, e => e.UserName == Demo.Operator("yinheshi") && e.Field == "Outcome" && e.NewValue == "Professional");
        Assert.Contains("audit-entry", detail);

        // The works form still open in another tab carries the version before the consultation: refused, nothing written.
        var stale = await yinheshi.PostFormAsync($"/committees/{estate.Id}/works",
            [new("Version", version.ToString(CultureInfo.InvariantCulture)), new("WorksAcceptedOn", "2026-01-30")]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("该记录已被他人修改", await stale.Content.ReadAsStringAsync());
        Assert.Equal(new DateOnly(2026, 1, 31), (await Committees.GetRecordAsync(estate.Id)).Consultation!.WorksAcceptedOn);
    }

    [Fact]
    public async Task A_committee_is_recorded_then_handed_over_and_the_old_term_stays_readable()
    {
        var estate = await UntouchedEstateAsync("印盒石社区", 3);
        using var yinheshi = await factory.NewClient().SignInAsync("yinheshi");
        var url = $"/committees/{estate.Id}/committee";
        var noChair = await yinheshi.PostFormAsync(url,
            [new("Version", "0"), new("MeetingDate", "2021-05-01"), new("TermEndDate", "2026-04-30"), new("Members[0].Name", "王建国"), new("Members[0].Role", "主任")]);
        Assert.Contains("主任", Html.FieldMessage(await noChair.Content.ReadAsStringAsync(), "Members"));
        Assert.Empty((await Committees.GetRecordAsync(estate.Id)).Committees);

        Assert.Equal(HttpStatusCode.Redirect, (await yinheshi.PostFormAsync(url,
        [
            new("Version", "0"), new("MeetingDate", "2021-05-01"), new("FilingDate", "2021-05-20"), new("TermEndDate", "2026-04-30"),
            new("Members[0].Name", "王建国"), new("Members[0].Role", "主任"), new("Members[1].Name", ""), new("Members[2].Name", "李秀英"),
            new("Members[2].Role", "委员"), new("Chair", "0"),
        ])).StatusCode);
        var first = (await Committees.GetRecordAsync(estate.Id)).Current!;
        Assert.Equal(["王建国", "李秀英"], first.Members.Select(m => m.Name).ToArray());

        var handover = $"/committees/{estate.Id}/handover";
        List<KeyValuePair<string, string>> successor =
        [
            new("Version", first.Version.ToString(CultureInfo.InvariantCulture)), new("MeetingDate", "2026-04-20"), new("TermEndDate", "2031-04-19"),
            new("Members[0].Name", "陈静"), new("Members[0].Role", "主任"), new("Chair", "0"),
        ];
        var unconfirmed = await yinheshi.PostFormAsync(handover, successor);
        Assert.Contains("换届确认", Html.FieldMessage(await unconfirmed.Content.ReadAsStringAsync(), "Confirm"));
        Assert.Single((await Committees.GetRecordAsync(estate.Id)).Committees);

        Assert.Equal(HttpStatusCode.Redirect, (await yinheshi.PostFormAsync(handover, [.. successor, new("Confirm", "true")])).StatusCode);
        var record = await Committees.GetRecordAsync(estate.Id);
        Assert.Equal([(2, (DateOnly?)null), (1, new DateOnly(2026, 4, 20))], record.Committees.Select(c => (c.Term, c.HandedOverOn)).ToArray());
        var detail = await yinheshi.GetPageAsync($"/committees/{estate.Id}");
        Assert.Contains("data-term=\"1\"", detail);
        Assert.Contains("李秀英", detail);
        Assert.Contains(await Audit.ListForEntityAsync(CommitteeAudit.CommitteeEntity, first.Id), e => e.Action == CommitteeAudit.HandOverAction);
    }

    [Fact]
    public async Task The_export_reads_back_with_the_pages_cells()
    {
        var community = await Demo.NodeAsync(factory, NodeLevel.Community, "太平社区");
        using var pailou = await factory.NewClient().SignInAsync("pailou");
        var query = $"?community={community.Id}&sort=Estate";
        var rows = Rows(await pailou.GetPageAsync("/committees" + query));
        Assert.InRange(rows.Count, 1, 49);

        var response = await pailou.GetAsync("/committees/export.xlsx" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        Assert.Equal($"牌楼街道_业委会_{today:yyyy-MM-dd}.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);

        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        Assert.Contains("牌楼街道", sheet.Cell(1, 1).GetString());
        Assert.Contains(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sheet.Cell(2, 1).GetString());
        Assert.Equal("序号", sheet.Cell(3, 1).GetString());
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var line = sheet.Row(4 + i);
            var estate = (await Estates.GetByIdAsync(long.Parse(Html.Attribute(r, "data-estate")!, CultureInfo.InvariantCulture)))!;
            var ahead = Html.Attribute(r, "data-kind") == nameof(CommitteeAlertKind.TermEndingSoon);
            Assert.Equal(i + 1, line.Cell(1).GetValue<int>());
            Assert.Equal(("牌楼街道", "太平社区", estate.Name), (line.Cell(2).GetString(), line.Cell(3).GetString(), line.Cell(4).GetString()));
            Assert.Equal(Html.Attribute(r, "data-due"), line.Cell(6).GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(Html.Attribute(r, "data-days"), line.Cell(ahead ? 8 : 7).GetValue<int>().ToString(CultureInfo.InvariantCulture));
            Assert.True(line.Cell(ahead ? 7 : 8).IsEmpty());
        }
        Assert.True(sheet.Row(4 + rows.Count).Cell(4).IsEmpty());
        Assert.Equal("组建统计", workbook.Worksheet(2).Name);
    }
}
