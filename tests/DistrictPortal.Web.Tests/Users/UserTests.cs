using System.Net;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Users;

[Collection(PortalCollection.Name)]
public sealed class UserTests(PortalFactory factory)
{
    private IUserRepository Users => factory.Services.GetRequiredService<IUserRepository>();

    [Fact]
    public async Task The_list_shows_the_demo_accounts()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");
        var html = await admin.GetPageAsync("/users");
        Assert.Contains("data-user=\"pailou\"", html);
        Assert.Contains("data-user=\"yinheshi\"", html);
    }

    [Fact]
    public async Task A_password_shorter_than_8_is_refused_with_the_fields_name()
    {
        var scope = await Demo.NodeAsync(factory, NodeLevel.Community, "太平社区");
        using var admin = await factory.NewClient().SignInAsync("admin");

        var response = await admin.PostFormAsync("/users/create",
        [
            new("UserName", "taiping-short"), new("DisplayName", "太平社区专干"), new("Role", "CommunityOfficer"),
            new("ScopeNodeId", scope.Id.ToString()), new("Password", "short7!"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("密码至少需要 8 个字符。", Html.FieldMessage(await response.Content.ReadAsStringAsync(), "Password"));
        Assert.Null(await Users.GetByUserNameAsync("taiping-short"));
    }

    [Fact]
    public async Task A_created_user_signs_in_with_the_initial_password_and_sees_their_scope()
    {
        var scope = await Demo.NodeAsync(factory, NodeLevel.Community, "太平社区");
        using var admin = await factory.NewClient().SignInAsync("admin");

        var response = await admin.PostFormAsync("/users/create",
        [
            new("UserName", "taiping"), new("DisplayName", "太平社区专干"), new("Role", "CommunityOfficer"),
            new("ScopeNodeId", scope.Id.ToString()), new("Password", "Taiping#2026"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var officer = await factory.NewClient().SignInAsync("taiping", "Taiping#2026");
        var html = await officer.GetPageAsync("/estates");
        Assert.Equal("30", Html.Attribute(Assert.Single(Html.OpeningTags(html, "result-count")), "data-total"));
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_session_at_once()
    {
        using var admin = await factory.NewClient().SignInAsync("admin");
        using var victim = await factory.NewClient().SignInAsync("zhonghualu");
        var user = (await Users.GetByUserNameAsync("zhonghualu"))!;
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/estates")).StatusCode);

        var response = await admin.PostFormAsync($"/users/{user.Id}/edit",
        [
            new("Version", user.Version.ToString()), new("DisplayName", user.DisplayName), new("Email", ""),
            new("Role", user.Role.ToString()), new("ScopeNodeId", user.ScopeNodeId.ToString()), new("IsDisabled", "true"),
        ], tokenPage: $"/users/{user.Id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await Users.GetByIdAsync(user.Id))!.IsDisabled);
        Assert.Equal(HttpStatusCode.Redirect, (await victim.GetAsync("/estates")).StatusCode);
    }

    [Fact]
    public async Task The_admin_unlocks_a_locked_account()
    {
        using var client = factory.NewClient();
        for (var i = 0; i < 5; i++)
            await client.PostLoginAsync("beicheng", "wrong-password");
        var user = (await Users.GetByUserNameAsync("beicheng"))!;
        Assert.NotNull(user.LockoutEndUtc);
        using var admin = await factory.NewClient().SignInAsync("admin");

        var response = await admin.PostFormAsync($"/users/{user.Id}/unlock", [], tokenPage: $"/users/{user.Id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await client.SignInAsync("beicheng");
    }
}
