using System.Net;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Account;

/// <summary>
/// Issue 14: sign-out and password changes end sessions. Each test signs in as an account of its own (made here), keeps
/// a copy of its auth cookie as a thief would, and checks what that copy can still do.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SessionTests(PortalFactory factory)
{
    private const string Password = "Lotus-Pond-Friday-17";
    private const string AuthCookie = "DistrictPortal.Auth";

    private IUserRepository Users => factory.Services.GetRequiredService<IUserRepository>();

    [Fact]
    public async Task After_sign_out_a_copy_of_the_cookie_neither_reads_nor_writes()
    {
        var user = await NewOfficerAsync();
        var (session, jar) = Browser();
        await session.SignInAsync(user.UserName, Password);
        var stolen = CopyAuthCookie(jar);
        using var thief = WithCookie(stolen);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/estates")).StatusCode);
        var token = await thief.TokenFromAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync("/account/logout", [], tokenPage: "/")).StatusCode);

        var read = await thief.GetAsync("/estates");
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.StartsWith("/account/login", read.Headers.Location!.PathAndQuery);
        // A write with the old cookie and a token it had fetched before: refused, and nothing is written.
        var write = await thief.PostWithoutTokenAsync("/account/sign-out-everywhere", [new("__RequestVerificationToken", token)]);
        Assert.NotEqual(HttpStatusCode.OK, write.StatusCode);
        Assert.DoesNotContain(await factory.Services.GetRequiredService<IAuditRepository>().ListForEntityAsync("User", user.Id),
            e => e.Action == AuditActions.SignOutEverywhere);
        Assert.Contains(await factory.Services.GetRequiredService<IAuditRepository>().ListForEntityAsync("User", user.Id),
            e => e.Action == AuditActions.SignOut);
    }

    [Fact]
    public async Task An_admin_password_reset_ends_the_users_sessions()
    {
        var user = await NewOfficerAsync();
        using var session = await factory.NewClient().SignInAsync(user.UserName, Password);
        using var admin = await factory.NewClient().SignInAsync("admin");

        var response = await admin.PostFormAsync($"/users/{user.Id}/edit", EditFields(user, newPassword: "Second-Lotus-Pond-18"),
            tokenPage: $"/users/{user.Id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/estates")).StatusCode);
        await factory.NewClient().SignInAsync(user.UserName, "Second-Lotus-Pond-18");
    }

    [Fact]
    public async Task A_role_change_ends_the_sessions_but_a_new_display_name_does_not()
    {
        var user = await NewOfficerAsync();
        using var session = await factory.NewClient().SignInAsync(user.UserName, Password);
        using var admin = await factory.NewClient().SignInAsync("admin");

        await admin.PostFormAsync($"/users/{user.Id}/edit", EditFields(user, displayName: "改名后的报送员"), tokenPage: $"/users/{user.Id}/edit");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/estates")).StatusCode);

        var renamed = (await Users.GetByIdAsync(user.Id))!;
        await admin.PostFormAsync($"/users/{user.Id}/edit", EditFields(renamed, role: Role.CommitteeMember), tokenPage: $"/users/{user.Id}/edit");
        Assert.Equal(Role.CommitteeMember, (await Users.GetByIdAsync(user.Id))!.Role);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/estates")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_of_the_account()
    {
        var user = await NewOfficerAsync();
        using var office = await factory.NewClient().SignInAsync(user.UserName, Password);
        using var home = await factory.NewClient().SignInAsync(user.UserName, Password);
        Assert.Contains("/account/sign-out-everywhere", await office.GetPageAsync("/account"));

        var response = await office.PostFormAsync("/account/sign-out-everywhere", [], tokenPage: "/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.GetAsync("/estates")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await home.GetAsync("/estates")).StatusCode);
    }

    [Fact]
    public async Task Changing_ones_own_password_keeps_this_session_and_ends_the_others()
    {
        var user = await NewOfficerAsync();
        using var here = await factory.NewClient().SignInAsync(user.UserName, Password);
        using var elsewhere = await factory.NewClient().SignInAsync(user.UserName, Password);

        var response = await here.PostFormAsync("/account/password",
            [new("CurrentPassword", Password), new("NewPassword", "Autumn-Ledger-Friday-99")], tokenPage: "/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/estates")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/estates")).StatusCode);
        await factory.NewClient().SignInAsync(user.UserName, "Autumn-Ledger-Friday-99");
    }

    [Theory]
    [InlineData("wrong-current-password", "Autumn-Ledger-Friday-99", "CurrentPassword", "当前密码不正确。")]
    [InlineData(Password, "password1234", "NewPassword", "新密码是常见密码，容易被猜中，请换一个。")]
    [InlineData(Password, "short", "NewPassword", "新密码至少需要 12 个字符。")]
    public async Task A_refused_password_change_names_the_field_and_changes_nothing(string current, string next, string field, string message)
    {
        var user = await NewOfficerAsync();
        using var here = await factory.NewClient().SignInAsync(user.UserName, Password);
        using var elsewhere = await factory.NewClient().SignInAsync(user.UserName, Password);

        var response = await here.PostFormAsync("/account/password", [new("CurrentPassword", current), new("NewPassword", next)], tokenPage: "/account");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(message, Html.FieldMessage(html, field));
        Assert.Contains("不能是常见密码", html);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/estates")).StatusCode);
        await factory.NewClient().SignInAsync(user.UserName, Password);
    }

    private async Task<User> NewOfficerAsync()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, "牌楼街道");
        var user = new User
        {
            UserName = "sess-" + Guid.NewGuid().ToString("N")[..10],
            DisplayName = "会话测试报送员",
            Role = Role.SubDistrictOfficer,
            ScopeNodeId = pailou.Id,
        };
        user.PasswordHash = factory.Services.GetRequiredService<IPasswordHasher<User>>().HashPassword(user, Password);
        var id = await Users.CreateAsync(user, UserAudit.Created(user, new ChangeContext(0, "test", DateTime.UtcNow)));
        return (await Users.GetByIdAsync(id))!;
    }

    private (PortalClient Client, CookieContainer Jar) Browser()
    {
        var jar = new CookieContainer();
        return (new PortalClient(factory.CreateDefaultClient(new CookieContainerHandler(jar))), jar);
    }

    private static Cookie CopyAuthCookie(CookieContainer jar) =>
        Assert.Single(jar.GetAllCookies(), c => c.Name == AuthCookie);

    private PortalClient WithCookie(Cookie cookie)
    {
        var (client, jar) = Browser();
        jar.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        return client;
    }

    private static List<KeyValuePair<string, string>> EditFields(
        User user, string? newPassword = null, string? displayName = null, Role? role = null) =>
    [
        new("Version", user.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("DisplayName", displayName ?? user.DisplayName), new("Email", user.Email ?? ""),
        new("Role", (role ?? user.Role).ToString()),
        new("ScopeNodeId", user.ScopeNodeId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("IsDisabled", "false"), new("NewPassword", newPassword ?? ""),
    ];
}
