using System.Globalization;
using System.Net;
using DistrictPortal.Core.Accountability;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Tests.Briefings;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Accountability;

/// <summary>
/// 追责 (issue 16, item 4) through the portal: the office opens a 通报批评 case from an order that reached 追责 and
/// downloads the one-page 通报; the sub-district reads its own, the bureau reads all, others get 404; bad input names the field.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AccountabilityPageTests(PortalFactory factory)
{
    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    private DateOnly Today => Get<PortalClock>().Today;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An order by hand on 牌楼, raised a month ago with a deadline 20 days back, escalated by the job's rule to 追责.</summary>
    private async Task<SupervisionOrder> EscalatedOrderAsync(Node pailou, string problem)
    {
        using var scope = factory.Services.CreateScope();
        var supervision = scope.ServiceProvider.GetRequiredService<SupervisionService>();
        var office = new ChangeContext(0, "test", DateTime.UtcNow.AddDays(-30));
        var id = (await supervision.RaiseByHandAsync(new SupervisionOrder
        {
            SubDistrictId = pailou.Id, Reason = problem, RequiredAction = "十日内整改", Deadline = Today.AddDays(-20),
        }, Today.AddDays(-30), office)).Value;
        var order = (await Get<ISupervisionOrderRepository>().GetByIdAsync(id))!;
        Assert.Equal(SupervisionEscalation.Accountability, await supervision.EscalateAsync(order, Today, new ChangeContext(0, "system", DateTime.UtcNow)));
        return (await Get<ISupervisionOrderRepository>().GetByIdAsync(id))!;
    }

    private static List<KeyValuePair<string, string>> Fields(long unitId, long orderId, string decision, string reason, string decidedOn) =>
    [
        new("UnitNodeId", unitId.ToString(CultureInfo.InvariantCulture)), new("PersonPost", "副主任"), new("PersonName", "王永强"),
        new("OrderIds", orderId.ToString(CultureInfo.InvariantCulture)), new("Reason", reason), new("Decision", decision),
        new("DecidedOn", decidedOn), new("DecidedBy", "区无物业管理小区清零行动领导小组办公室"),
    ];

    [Fact]
    public async Task The_office_opens_a_public_criticism_from_an_escalated_order_and_downloads_its_one_page_notice()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        var order = await EscalatedOrderAsync(pailou, "太平社区5个小区停车无人管理（追责测试）");
        using var admin = await factory.NewClient().SignInAsync("admin");

        // The order that reached 追责 offers "立案"; the form comes with the order ticked and the facts drafted.
        Assert.Contains($"href=\"/accountability/new?orderId={order.Id}\"", await admin.GetPageAsync($"/supervision/{order.Id}"));
        var form = await admin.GetPageAsync($"/accountability/new?orderId={order.Id}");
        Assert.Contains($"name=\"OrderIds\" value=\"{order.Id}\" checked", form);
        Assert.Contains("太平社区5个小区停车无人管理（追责测试）", form);

        var created = await admin.PostFormAsync("/accountability/new",
            Fields(pailou.Id, order.Id, "Criticism", "牌楼街道对督办事项逾期二十日未反馈整改情况，经两次催办仍未落实。", Iso(Today)),
            tokenPage: $"/accountability/new?unitId={pailou.Id}");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = long.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        var saved = (await Get<IAccountabilityRepository>().GetByIdAsync(id))!;
        Assert.Equal((AccountabilityDecision.Criticism, Today.Year, order.Id), (saved.Decision, saved.IssueYear, Assert.Single(saved.Grounds).TargetId));
        var trail = await Get<IAuditRepository>().ListForEntityAsync(AuditEntities.AccountabilityCase, id);
        Assert.Contains(trail, a => a.Field == nameof(AccountabilityCase.Decision) && a.UserName == Demo.Operator("admin"));

        var page = await admin.GetPageAsync($"/accountability/{id}");
        Assert.Contains($"href=\"/accountability/{id}/notice.pdf\"", page);
        var pdf = await admin.GetAsync($"/accountability/{id}/notice.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var text = PdfText.Of(bytes).Replace("\n", "", StringComparison.Ordinal);
        Assert.Contains("关于对牌楼街道副主任王永强同志的通报", text, StringComparison.Ordinal);
        Assert.Contains($"{Today.Year}年第 {saved.IssueNo} 期", text, StringComparison.Ordinal);
        Assert.Contains("太平社区5个小区停车无人管理", text, StringComparison.Ordinal);
        Assert.Contains($"区无物业管理小区清零行动领导小组办公室{Today.Year}年{Today.Month}月{Today.Day}日", text, StringComparison.Ordinal);
        Assert.Contains("第 1 页 / 共 1 页", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sub_district_reads_its_own_cases_others_get_404_and_only_the_office_opens_one()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        var order = await EscalatedOrderAsync(pailou, "万安社区楼道堆物（约谈测试）");
        using var admin = await factory.NewClient().SignInAsync("admin");
        var created = await admin.PostFormAsync("/accountability/new", Fields(pailou.Id, order.Id, "Interview", "约谈牌楼街道分管领导。", Iso(Today)),
            tokenPage: $"/accountability/new?unitId={pailou.Id}");
        var url = created.Headers.Location!.OriginalString;

        using var officer = await factory.NewClient().SignInAsync("pailou");
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        using var donghu = await factory.NewClient().SignInAsync("donghu");
        using var community = await factory.NewClient().SignInAsync("yinheshi");
        Assert.Contains("约谈牌楼街道分管领导。", await officer.GetPageAsync(url));
        Assert.Contains(url, await officer.GetPageAsync("/accountability"));
        Assert.Contains("约谈牌楼街道分管领导。", await bureau.GetPageAsync(url));
        Assert.Equal(HttpStatusCode.NotFound, (await donghu.GetAsync(url)).StatusCode);
        Assert.DoesNotContain(url, await donghu.GetPageAsync("/accountability"));
        Assert.Equal(HttpStatusCode.NotFound, (await community.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/accountability/987654321")).StatusCode);
        // An interview has no 通报.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{url}/notice.pdf")).StatusCode);
        // Only the office opens a case.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/accountability/new")).StatusCode);
        var forged = await officer.PostFormAsync("/accountability/new", Fields(pailou.Id, order.Id, "Criticism", "冒名立案", Iso(Today)), tokenPage: "/accountability");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        // A form without its token is refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostWithoutTokenAsync("/accountability/new",
            Fields(pailou.Id, order.Id, "Criticism", "无令牌", Iso(Today)))).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_shown_again_naming_each_field_and_nothing_is_written()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        var donghu = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DistrictPortal.Web.Tests.Matrix.DemoReturns.Donghu);
        var foreignOrder = await EscalatedOrderAsync(donghu, "东湖的督办（字段测试）");
        using var admin = await factory.NewClient().SignInAsync("admin");
        var before = (await Get<IAccountabilityRepository>().ListAsync(pailou.Path)).Count;

        var response = await admin.PostFormAsync("/accountability/new", Fields(pailou.Id, foreignOrder.Id, "", "", Iso(Today.AddDays(3))),
            tokenPage: $"/accountability/new?unitId={pailou.Id}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("请填写事实与理由。", html);
        Assert.Contains("请填写处理决定。", html);
        Assert.Contains("决定日期不能晚于今天。", html);
        Assert.Contains("督办依据不在可选范围内。", html);
        Assert.Equal(before, (await Get<IAccountabilityRepository>().ListAsync(pailou.Path)).Count);
    }
}
