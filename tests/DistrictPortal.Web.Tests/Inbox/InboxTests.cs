using System.Net;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DistrictPortal.Web.Tests.Matrix.DemoReturns;

namespace DistrictPortal.Web.Tests.Inbox;

[Collection(PortalCollection.Name)]
public sealed class InboxTests(PortalFactory factory)
{
    private INotificationRepository Inbox => factory.Services.GetRequiredService<INotificationRepository>();

    private async Task<Notification> OwnAsync(string userName) =>
        (await Inbox.ListForUserAsync((await UserAsync(factory, userName)).Id)).First();

    [Fact]
    public async Task The_inbox_lists_the_users_own_messages_only()
    {
        var pailou = await UserAsync(factory, "pailou");
        var admin = await UserAsync(factory, "admin");
        var own = await Inbox.ListForUserAsync(pailou.Id);
        var others = await Inbox.ListForUserAsync(admin.Id);
        Assert.NotEmpty(own);   // the demo's deadline-morning reminders
        Assert.NotEmpty(others); // the demo's overdue notices and 督办

        using var client = await factory.NewClient().SignInAsync("pailou");
        var shown = Html.OpeningTags(await client.GetPageAsync("/inbox"), "notification").Select(t => long.Parse(Html.Attribute(t, "data-id")!)).ToList();

        Assert.Equal(own.Select(n => n.Id).Order(), shown.Order());
        Assert.DoesNotContain(others, n => shown.Contains(n.Id));
    }

    [Fact]
    public async Task Marking_read_lowers_the_unread_count_in_the_header()
    {
        var user = await UserAsync(factory, "donghu");
        var before = await Inbox.CountUnreadAsync(user.Id);
        var unread = (await Inbox.ListForUserAsync(user.Id)).First(n => n.ReadUtc is null);
        using var client = await factory.NewClient().SignInAsync("donghu");
        var badge = Html.OpeningTags(await client.GetPageAsync("/estates"), "inbox-unread");
        Assert.Equal(before.ToString(), Html.Attribute(Assert.Single(badge), "data-unread"));

        var response = await client.PostFormAsync($"/inbox/{unread.Id}/read", [], tokenPage: "/inbox");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before - 1, await Inbox.CountUnreadAsync(user.Id));
        Assert.NotNull((await Inbox.ListForUserAsync(user.Id)).Single(n => n.Id == unread.Id).ReadUtc);
    }

    [Fact]
    public async Task Another_users_message_cannot_be_marked_read()
    {
        var adminsMessage = await OwnAsync("admin");
        using var client = await factory.NewClient().SignInAsync("pailou");

        var response = await client.PostFormAsync($"/inbox/{adminsMessage.Id}/read", [new("open", "true")], tokenPage: "/inbox");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await Inbox.ListForUserAsync((await UserAsync(factory, "admin")).Id)).Single(n => n.Id == adminsMessage.Id).ReadUtc);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/inbox/987654/read", [], tokenPage: "/inbox")).StatusCode);
    }

    [Fact]
    public async Task Opening_a_message_marks_it_read_and_follows_its_link()
    {
        var message = (await Inbox.ListForUserAsync((await UserAsync(factory, "nanan")).Id)).First(n => n.Link is not null);
        using var client = await factory.NewClient().SignInAsync("nanan");

        var response = await client.PostFormAsync($"/inbox/{message.Id}/read", [new("open", "true")], tokenPage: "/inbox");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(message.Link, response.Headers.Location?.OriginalString);
    }
}
