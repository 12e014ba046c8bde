using System.Net;
using DistrictPortal.Core.Attachments;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Attachments;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Supervision;

/// <summary>Issue 16's walk: the office raises an order on 牌楼街道 with a deadline; the officer answers with a PDF; the office closes it.</summary>
[Collection(PortalCollection.Name)]
public sealed class SupervisionByHandTests(PortalFactory factory)
{
    private ISupervisionOrderRepository Orders => factory.Services.GetRequiredService<ISupervisionOrderRepository>();

    private static string Day(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(8)).AddDays(14).ToString("yyyy-MM-dd");

    private async Task<long> RaiseOnPailouAsync(PortalClient admin, string problem)
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        var response = await admin.PostFormAsync("/supervision/new",
        [
            new("SubjectKind", "1"), new("SubDistrictId", pailou.Id.ToString()), new("Reason", problem),
            new("RequiredAction", "两周内落实保洁并上传整改照片"), new("Deadline", Day(DateTime.UtcNow)),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task The_office_raises_on_pailou_the_officer_answers_with_a_pdf_and_the_office_closes_it()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");
        var id = await RaiseOnPailouAsync(admin, "万安社区3个小区无人保洁（测试）");
        var raised = (await Orders.GetByIdAsync(id))!;
        Assert.Equal((SupervisionOrigin.ByHand, SupervisionStatus.AwaitingAnswer, Demo.Operator("admin")),
            (raised.Origin, raised.Status, raised.RaisedByName));

        using var pailou = await factory.NewClient().SignInAsync("pailou");
        var page = $"/supervision/{id}";
        Assert.Contains("action=\"/supervision/" + id + "/answer\"", await pailou.GetPageAsync(page));
        var upload = await AttachmentTests.UploadAsync(pailou, page, AttachmentOwnerKind.SupervisionAnswer, id, "整改报告.pdf",
            DemoGovernance.MinimalPdf("rectified"));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var answered = await pailou.PostFormAsync($"{page}/answer", [new("answer", "已落实保洁，照片见附件"), new("version", raised.Version.ToString())], tokenPage: page);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var order = (await Orders.GetByIdAsync(id))!;
        Assert.Equal((SupervisionStatus.Answered, "已落实保洁，照片见附件"), (order.Status, order.Answer));
        var evidence = Assert.Single(await factory.Services.GetRequiredService<IAttachmentRepository>().ListByOwnerAsync(AttachmentOwnerKind.SupervisionAnswer, id));
        var html = await admin.GetPageAsync(page);
        Assert.Contains($"href=\"/attachments/{evidence.Id}\"", html);
        Assert.Contains("action=\"/supervision/" + id + "/send-back\"", html);

        var closed = await admin.PostFormAsync($"{page}/close", [new("note", "整改到位，办结"), new("version", order.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.False((await Orders.GetByIdAsync(id))!.IsOpen);
        // A closed order takes no more evidence.
        await AttachmentTests.UploadAsync(pailou, page, AttachmentOwnerKind.SupervisionAnswer, id, "再传.pdf", DemoGovernance.MinimalPdf("late"));
        Assert.Single(await factory.Services.GetRequiredService<IAttachmentRepository>().ListByOwnerAsync(AttachmentOwnerKind.SupervisionAnswer, id));
    }

    [Fact]
    public async Task A_sent_back_answer_is_answered_again_and_outsiders_can_neither_see_nor_answer()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");
        var id = await RaiseOnPailouAsync(admin, "搭马桥社区停车无人管理（测试）");
        using var pailou = await factory.NewClient().SignInAsync("pailou");
        var page = $"/supervision/{id}";
        await pailou.PostFormAsync($"{page}/answer", [new("answer", "已安排"), new("version", (await Orders.GetByIdAsync(id))!.Version.ToString())], tokenPage: page);

        var back = await admin.PostFormAsync($"{page}/send-back", [new("reason", "缺整改后照片"), new("version", (await Orders.GetByIdAsync(id))!.Version.ToString())], tokenPage: page);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(SupervisionStatus.SentBack, (await Orders.GetByIdAsync(id))!.Status);
        Assert.Contains("缺整改后照片", await pailou.GetPageAsync(page));

        using var donghu = await factory.NewClient().SignInAsync("donghu");
        Assert.Equal(HttpStatusCode.NotFound, (await donghu.GetAsync(page)).StatusCode);
        var foreign = await donghu.PostFormAsync($"{page}/answer", [new("answer", "冒答"), new("version", "1")], tokenPage: "/supervision");
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        // Only the office raises and sends back.
        Assert.Equal(HttpStatusCode.Forbidden, (await pailou.GetAsync("/supervision/new")).StatusCode);
        var selfBack = await pailou.PostFormAsync($"{page}/send-back", [new("reason", "x"), new("version", "1")], tokenPage: page);
        Assert.Equal(HttpStatusCode.Forbidden, selfBack.StatusCode);
        Assert.Equal(SupervisionStatus.SentBack, (await Orders.GetByIdAsync(id))!.Status);
        // Closed, so the shared portal's dashboard keeps the demo's open orders only.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"{page}/close",
            [new("note", "测试结束"), new("version", (await Orders.GetByIdAsync(id))!.Version.ToString())])).StatusCode);
    }

    [Fact]
    public async Task A_form_without_a_deadline_is_shown_again_with_the_reason_and_nothing_is_raised()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        var before = (await Orders.ListAsync(pailou.Path)).Count;

        var response = await admin.PostFormAsync("/supervision/new",
            [new("SubjectKind", "1"), new("SubDistrictId", pailou.Id.ToString()), new("Reason", "问题"), new("RequiredAction", "要求"), new("Deadline", "")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("请填写整改期限", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, (await Orders.ListAsync(pailou.Path)).Count);
        // The estate page of an estate opens the form about that estate.
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        Assert.Contains(estate.Name, await admin.GetPageAsync($"/supervision/new?estateId={estate.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/supervision/new?estateId=987654321")).StatusCode);
    }
}
