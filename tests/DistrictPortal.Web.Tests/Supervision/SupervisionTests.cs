using System.Net;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DistrictPortal.Web.Tests.Matrix.DemoReturns;

namespace DistrictPortal.Web.Tests.Supervision;

[Collection(PortalCollection.Name)]
public sealed class SupervisionTests(PortalFactory factory)
{
    private ISupervisionOrderRepository Orders => factory.Services.GetRequiredService<ISupervisionOrderRepository>();

    private async Task<SupervisionOrder> DemoOrderAsync()
    {
        var nanan = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Nanan);
        return Assert.Single(await Orders.ListAsync(nanan.Path), o => o.WeekEnding == Week(factory, 5));
    }

    /// <summary>An order of its own for a test that closes one, so the demo's stays as seeded.</summary>
    private async Task<SupervisionOrder> FreshOrderAsync(DateOnly week)
    {
        var node = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Donghu);
        var order = new SupervisionOrder
        {
            SubDistrictId = node.Id, SubDistrictName = node.Name, WeekEnding = week, Reason = "测试：连续两周未按时报送", RaisedUtc = Now(factory),
        };
        var id = await Orders.RaiseOnceAsync(order, SupervisionService.Raised(order, new ChangeContext(0, "test", Now(factory))));
        return (await Orders.GetByIdAsync(id!.Value))!;
    }

    [Fact]
    public async Task The_demo_order_is_on_nanan_for_its_second_bad_week()
    {
        var order = await DemoOrderAsync();
        // Raised at week 5's deadline, when neither week had been filed.
        Assert.Equal($"连续两周未按时报送周报：截至 {Iso(Week(factory, 4))} 的周报未报，截至 {Iso(Week(factory, 5))} 的周报未报。", order.Reason);

        using var admin = await factory.NewClient().SignInAsync("admin");
        var rows = Html.OpeningTags(await admin.GetPageAsync("/supervision"), "order");
        Assert.Contains(rows, r => Html.Attribute(r, "data-id") == order.Id.ToString());
    }

    [Fact]
    public async Task Each_user_sees_the_orders_of_their_scope_only()
    {
        var order = await DemoOrderAsync();

        using var nanan = await factory.NewClient().SignInAsync("nanan");
        Assert.Contains($"data-id=\"{order.Id}\"", await nanan.GetPageAsync("/supervision"));
        Assert.Equal(HttpStatusCode.OK, (await nanan.GetAsync($"/supervision/{order.Id}")).StatusCode);

        using var pailou = await factory.NewClient().SignInAsync("pailou");
        Assert.DoesNotContain($"data-id=\"{order.Id}\"", await pailou.GetPageAsync("/supervision"));
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync($"/supervision/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync($"/supervision/{order.Id}/close")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pailou.GetAsync("/supervision/987654")).StatusCode);
    }

    [Fact]
    public async Task Only_the_admin_closes_an_order()
    {
        var order = await FreshOrderAsync(new DateOnly(2020, 1, 3));
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var detail = await bureau.GetPageAsync($"/supervision/{order.Id}");
        Assert.DoesNotContain($"/supervision/{order.Id}/close", detail);
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.GetAsync($"/supervision/{order.Id}/close")).StatusCode);

        using var officer = await factory.NewClient().SignInAsync("donghu");
        var post = await officer.PostFormAsync($"/supervision/{order.Id}/close",
            [new("note", "自行办结"), new("version", order.Version.ToString())], tokenPage: "/supervision");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        Assert.True((await Orders.GetByIdAsync(order.Id))!.IsOpen);
    }

    [Fact]
    public async Task The_admin_closes_with_a_note_and_a_current_version()
    {
        var order = await FreshOrderAsync(new DateOnly(2020, 1, 10));
        using var admin = await factory.NewClient().SignInAsync("admin");
        var page = $"/supervision/{order.Id}/close";

        var noNote = await admin.PostFormAsync(page, [new("note", " "), new("version", order.Version.ToString())]);
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        Assert.Equal("请填写办结说明。", Html.FieldMessage(await noNote.Content.ReadAsStringAsync(), "note"));

        var stale = await admin.PostFormAsync(page, [new("note", "已约谈"), new("version", (order.Version + 7).ToString())]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.True((await Orders.GetByIdAsync(order.Id))!.IsOpen);

        var done = await admin.PostFormAsync(page, [new("note", "已约谈街道负责人，已补报"), new("version", order.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var closed = (await Orders.GetByIdAsync(order.Id))!;
        Assert.False(closed.IsOpen);
        Assert.Equal("已约谈街道负责人，已补报", closed.CloseNote);
        Assert.Contains("已约谈街道负责人，已补报", await admin.GetPageAsync($"/supervision/{order.Id}"));
    }
}
