using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Coordination;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Coordination;

/// <summary>
/// 需区级协调事项 (issue 16, item 7) through the portal: the office takes an ask of 牌楼's accepted return in, assigns it to
/// a member unit, records the replies and closes it; 牌楼's officer sees the state next to the row in the next return.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CoordinationPageTests(PortalFactory factory)
{
    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>One of 牌楼's asks not yet taken in (the demo's returns ask for help on a few rows every week).</summary>
    private async Task<CoordinationAsk> PendingAskAsync(Node pailou)
    {
        var store = Get<ICoordinationRepository>();
        var pending = CoordinationService.Pending(await store.ListAsksAsync(pailou.Path), await store.ListItemsAsync(pailou.Path));
        return Assert.IsType<CoordinationAsk>(pending.FirstOrDefault(), exactMatch: false);
    }

    private async Task<long> TakeInAsync(PortalClient admin, CoordinationAsk ask)
    {
        var taken = await admin.PostFormAsync("/coordination/take-in",
            [new("weeklyReturnId", Id(ask.WeeklyReturnId)), new("estateId", Id(ask.EstateId))], tokenPage: "/coordination");
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        return long.Parse(taken.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_office_takes_an_ask_in_assigns_it_records_replies_and_the_officer_sees_its_state_in_the_next_return()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var admin = await factory.NewClient().SignInAsync("admin");
        var ask = await PendingAskAsync(pailou);
        Assert.Contains($"data-return=\"{ask.WeeklyReturnId}\" data-estate=\"{ask.EstateId}\"", await admin.GetPageAsync("/coordination"));

        var id = await TakeInAsync(admin, ask);
        var page = $"/coordination/{id}";
        Assert.DoesNotContain($"data-return=\"{ask.WeeklyReturnId}\" data-estate=\"{ask.EstateId}\"", await admin.GetPageAsync("/coordination"));
        var unit = (await Get<ICoordinationRepository>().ListUnitsAsync()).First(u => u.Name == "区水务局");
        var item = (await Get<ICoordinationRepository>().GetItemAsync(id))!;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"{page}/assign", [new("unitId", Id(unit.Id)), new("version", Id(item.Version))], tokenPage: page)).StatusCode);
        item = (await Get<ICoordinationRepository>().GetItemAsync(id))!;
        Assert.Equal((CoordinationStatus.InProgress, "区水务局"), (item.Status, item.MemberUnitName));

        // A reply without its text is refused, naming the field; nothing is recorded.
        await admin.PostFormAsync($"{page}/reply", [new("text", " "), new("repliedOn", "2026-12-01"), new("version", Id(item.Version))], tokenPage: page);
        Assert.Contains("请填写回复内容。", System.Net.WebUtility.HtmlDecode(await admin.GetPageAsync(page)));
        Assert.Empty((await Get<ICoordinationRepository>().GetItemAsync(id))!.Replies);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"{page}/reply",
            [new("text", "已列入二次供水改造计划（测试）"), new("repliedOn", "2026-12-01"), new("closes", "true"), new("version", Id(item.Version))], tokenPage: page)).StatusCode);
        item = (await Get<ICoordinationRepository>().GetItemAsync(id))!;
        Assert.Equal((CoordinationStatus.Done, "已列入二次供水改造计划（测试）"), (item.Status, Assert.Single(item.Replies).Text));
        var trail = await Get<IAuditRepository>().ListForEntityAsync(AuditEntities.CoordinationItem, id);
        Assert.Equal(3, trail.Count(a => a.UserName == Demo.Operator("admin") && a.Field is nameof(CoordinationItem.Ask) or nameof(CoordinationItem.MemberUnitId) or nameof(CoordinationItem.Replies)));

        // The next week's return shows the state next to the row.
        using var officer = await factory.NewClient().SignInAsync("pailou");
        var next = $"/returns/{pailou.Id}/{ask.WeekEnding.AddDays(7):yyyy-MM-dd}";
        var html = await officer.GetPageAsync(next);
        Assert.Contains($"<a class=\"badge coordination-state\" data-status=\"Done\" href=\"/coordination/{id}\">协调事项：已办结（区水务局）</a>", html);
        Assert.Contains("已列入二次供水改造计划（测试）", await officer.GetPageAsync(page));
    }

    [Fact]
    public async Task Outsiders_get_404_only_the_office_writes_and_the_list_exports_to_excel()
    {
        // Another sub-district's ask (牌楼's own is the walk's): 牌楼's officer is the outsider, the bureau reads everything.
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var district = Assert.Single(await Get<INodeRepository>().GetLineageAsync(pailou.Id), n => n.Level == NodeLevel.District);
        var store = Get<ICoordinationRepository>();
        var ask = CoordinationService.Pending(await store.ListAsksAsync(district.Path), await store.ListItemsAsync(district.Path))
            .First(a => a.SubDistrictId != pailou.Id);
        using var admin = await factory.NewClient().SignInAsync("admin");
        var id = await TakeInAsync(admin, ask);
        var page = $"/coordination/{id}";
        var version = Id((await store.GetItemAsync(id))!.Version);

        using var bureau = await factory.NewClient().SignInAsync("bureau");
        using var outsider = await factory.NewClient().SignInAsync("pailou");
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(page)).StatusCode);
        Assert.DoesNotContain(page, await outsider.GetPageAsync("/coordination"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/coordination/987654321")).StatusCode);
        // Writes: only the office; outside the scope or without the role is 403 (the portal's rule for writes), nothing written.
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.PostFormAsync($"{page}/assign", [new("unitId", "1"), new("version", version)], tokenPage: page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostFormAsync($"{page}/assign", [new("unitId", "1"), new("version", version)], tokenPage: "/coordination")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync("/coordination/987654321/assign", [new("unitId", "1"), new("version", version)], tokenPage: "/coordination")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.PostFormAsync("/coordination/take-in", [new("weeklyReturnId", "1"), new("estateId", "1")], tokenPage: "/coordination")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostWithoutTokenAsync($"{page}/assign", [new("unitId", "1"), new("version", version)])).StatusCode);
        // An ask taken in already (or never asked) is not there to take in.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync("/coordination/take-in",
            [new("weeklyReturnId", Id(ask.WeeklyReturnId)), new("estateId", Id(ask.EstateId))], tokenPage: "/coordination")).StatusCode);
        Assert.Equal(CoordinationStatus.Pending, (await store.GetItemAsync(id))!.Status);

        var export = await bureau.GetAsync("/coordination/export.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        using var workbook = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        var cells = workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(ask.EstateName, cells);
        Assert.Contains("待分派", cells);
    }

    [Fact]
    public async Task The_admin_keeps_the_member_units_and_a_bad_or_repeated_name_is_named()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");
        using var officer = await factory.NewClient().SignInAsync("pailou");
        Assert.Contains("区市场监督管理局", await admin.GetPageAsync("/coordination/units"));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/coordination/units")).StatusCode);

        var blank = await admin.PostFormAsync("/coordination/units", [new("name", " ")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Contains("请填写单位名称。", System.Net.WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync()));
        var twice = await admin.PostFormAsync("/coordination/units", [new("name", "区民政局")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Contains("单位名称已在名单中。", System.Net.WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()));

        var name = "区城管局（测试）";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/coordination/units", [new("name", name)])).StatusCode);
        var unit = (await Get<ICoordinationRepository>().ListUnitsAsync()).Single(u => u.Name == name);
        Assert.Contains(await Get<IAuditRepository>().ListForEntityAsync(AuditEntities.MemberUnit, unit.Id), a => a.UserName == Demo.Operator("admin"));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormAsync($"/coordination/units/{unit.Id}/retire", [], tokenPage: "/coordination")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/coordination/units/{unit.Id}/retire", [], tokenPage: "/coordination/units")).StatusCode);
        Assert.True((await Get<ICoordinationRepository>().ListUnitsAsync()).Single(u => u.Id == unit.Id).IsRetired);
    }
}
