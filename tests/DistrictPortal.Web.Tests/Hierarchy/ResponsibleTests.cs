using System.Net;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Briefings;
using DistrictPortal.Web.Tests.Infrastructure;
using DistrictPortal.Web.Tests.Matrix;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Hierarchy;

/// <summary>Issue 16 item 5 on the pages: the admin names 牌楼街道's 第一责任人; its return, orders and briefing show the line.</summary>
[Collection(PortalCollection.Name)]
public sealed class ResponsibleTests(PortalFactory factory)
{
    private IAuditRepository Audit => factory.Services.GetRequiredService<IAuditRepository>();

    private static List<KeyValuePair<string, string>> Person(string name, string post, string phone) =>
        [new("name", name), new("post", post), new("phone", phone)];

    [Fact]
    public async Task The_admin_names_the_leader_and_the_return_the_supervision_order_and_the_briefing_show_one_line()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var url = $"/hierarchy/{pailou.Id}/responsible";
        using var admin = await factory.NewClient().SignInAsync("admin");

        var saved = await admin.PostFormAsync(url, Person("张明", "街道办事处主任", "0571-87001234"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        const string line = "张明（街道办事处主任） 0571-87001234";
        Assert.Contains(line, await admin.GetPageAsync($"/hierarchy/{pailou.Id}"));
        var week = DemoReturns.Week(factory, 5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var returnPage = await admin.GetPageAsync($"/returns/{pailou.Id}/{week}");
        Assert.Contains(line, returnPage);
        Assert.Contains("第一责任人：", returnPage);
        var pdf = await admin.GetAsync($"/briefings/{pailou.Id}.pdf?week={week}");
        var text = System.Text.RegularExpressions.Regex.Replace(PdfText.Of(await pdf.Content.ReadAsByteArrayAsync()), "\\s+", "");
        Assert.Contains("第一责任人：张明（街道办事处主任）0571-87001234", text);
        var order = (await factory.Services.GetRequiredService<Core.Notifications.ISupervisionOrderRepository>().ListAsync(pailou.Path, openOnly: false)).FirstOrDefault();
        if (order is not null)
            Assert.Contains(line, await admin.GetPageAsync($"/supervision/{order.Id}"));

        var audit = await Audit.ListForEntityAsync(AuditEntities.NodeResponsible, pailou.Id);
        Assert.Contains(audit, e => e.Field == "Phone" && e.NewValue == "0571-87001234" && e.UserName == Demo.Operator("admin"));
    }

    [Fact]
    public async Task A_bad_phone_is_named_at_its_field_and_nothing_is_written()
    {
        var community = await Demo.NodeAsync(factory, NodeLevel.Community, "印盒石社区");
        var url = $"/hierarchy/{community.Id}/responsible";
        using var admin = await factory.NewClient().SignInAsync("admin");

        var response = await admin.PostFormAsync(url, Person("王芳", "社区书记", "87001234"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("电话格式不正确", Html.FieldMessage(page, "phone"));
        Assert.Null(await factory.Services.GetRequiredService<INodeResponsibleRepository>().GetAsync(community.Id));
    }

    [Fact]
    public async Task Without_the_anti_forgery_token_or_the_admin_role_nothing_is_written()
    {
        var nanan = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "南岸街道（演示）");
        var url = $"/hierarchy/{nanan.Id}/responsible";
        using var admin = await factory.NewClient().SignInAsync("admin");
        using var officer = await factory.NewClient().SignInAsync("nanan");

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostWithoutTokenAsync(url, Person("张明", "主任", "13800001111"))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await officer.GetAsync(url)).StatusCode);
        Assert.Null(await factory.Services.GetRequiredService<INodeResponsibleRepository>().GetAsync(nanan.Id));
        // An estate has no responsible leader of its own: there is no page for it.
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.SubDistrict, "南岸街道（演示）");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/hierarchy/{estate.Id}/responsible")).StatusCode);
    }
}
