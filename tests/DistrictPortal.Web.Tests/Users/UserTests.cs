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
    public async Task A_password_shorter_than_12_is_refused_with_the_fields_name()
    {
        var scope = await Demo.NodeAsync(factory, NodeLevel.Community, "太平社区");
        using var admin = await factory.NewClient().SignInAsync("admin");

        var response = await admin.PostFormAsync("/users/create",
        [
            new("UserName", "taiping-short"), new("DisplayName", "太平社区专干"), new("Role", "CommunityOfficer"),
            new("ScopeNodeId", scope.Id.ToString()), new("Password", "short-11chr"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("密码至少需要 12 个字符。", Html.FieldMessage(await response.Content.ReadAsStringAsync(), "Password"));
        Assert.Null(await Users.GetByUserNameAsync("taiping-short"));
    }

    [Theory]
    [InlineData("new-admin-a", "Demo#2026", "密码至少需要 12 个字符。")]
    [InlineData("new-admin-b", "12345678", "密码至少需要 12 个字符。")]
    [InlineData("new-admin-c", "password1234", "密码是常见密码，容易被猜中，请换一个。")]
    [InlineData("new-admin-d", "NEW-ADMIN-D-2026", "密码不能等于或包含用户名。")]
    public async Task A_weak_password_is_refused_for_a_new_admin_and_nothing_is_created(string userName, string password, string message)
    {
        var city = Assert.Single(await factory.Services.GetRequiredService<INodeRepository>().GetRootsAsync());
        using var admin = await factory.NewClient().SignInAsync("admin");

        var response = await admin.PostFormAsync("/users/create",
        [
            new("UserName", userName), new("DisplayName", "新管理员"), new("Role", "Admin"),
            new("ScopeNodeId", city.Id.ToString()), new("Password", password),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(message, Html.FieldMessage(html, "Password"));
        Assert.Contains("不能是常见密码", html); // the rule is stated on the form
        Assert.Null(await Users.GetByUserNameAsync(userName));
    }

    [Fact]
    public async Task A_created_user_signs_in_with_the_initial_password_and_sees_their_scope()
    {
        var scope = await Demo.NodeAsync(factory, NodeLevel.Community, "太平社区");
        using var admin = await factory.NewClient().SignInAsync("admin");

        var response = await admin.PostFormAsync("/users/create",
        [
            new("UserName", "taiping-new"), new("DisplayName", "太平社区新专干"), new("Role", "CommunityOfficer"),
            new("ScopeNodeId", scope.Id.ToString()), new("Password", "Wanan-Lu-Evening-7"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var officer = await factory.NewClient().SignInAsync("taiping-new", "Wanan-Lu-Evening-7");
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
