using System.Net;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DistrictPortal.Web.Tests.Security;

/// <summary>
/// What Account/SignInTests does not cover: a burst of guesses in parallel still locks the account, the lock lasts
/// fifteen minutes of the portal's clock and then lifts, guessing at an unknown name never says "locked" (so names cannot
/// be probed that way), and the session cookie is Secure when served over HTTPS. Runs on the sweep's own database, with
/// accounts the sweep does not sign in as.
/// </summary>
[Collection(SweepCollection.Name)]
public sealed class SignInThrottlingTests(SweepWorld world)
{
    private const string Locked = "已被锁定";
    /// <summary>Issue 14: a locked account reads like a wrong password (so names cannot be probed); the right password is still refused.</summary>
    private const string Refused = "用户名或密码错误";

    [Fact]
    public async Task Ten_wrong_passwords_at_once_lock_the_account()
    {
        var guesses = Enumerable.Range(1, 10).Select(async i =>
        {
            using var client = world.Portal.NewClient();
            return await (await client.PostLoginAsync("nanan", $"guess-{i}")).Content.ReadAsStringAsync();
        });
        await Task.WhenAll(guesses);

        using var owner = world.Portal.NewClient();
        var right = await owner.PostLoginAsync("nanan", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(Refused, await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_lock_lasts_fifteen_minutes_and_then_the_right_password_works()
    {
        using var locking = At("2026-11-20T09:00:00+08:00");
        using var stillLocked = At("2026-11-20T09:14:59+08:00");
        using var lifted = At("2026-11-20T09:15:01+08:00");
        using var client = Client(locking);
        for (var i = 1; i <= 5; i++)
            await client.PostLoginAsync("beicheng", $"wrong-{i}");

        var early = await Client(stillLocked).PostLoginAsync("beicheng", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains(Refused, await early.Content.ReadAsStringAsync());
        var later = await Client(lifted).PostLoginAsync("beicheng", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task Guessing_at_an_unknown_name_never_says_locked()
    {
        using var client = world.Portal.NewClient();
        for (var i = 1; i <= 6; i++)
        {
            var html = await (await client.PostLoginAsync("no-such-officer", $"wrong-{i}")).Content.ReadAsStringAsync();
            Assert.DoesNotContain(Locked, html);
            Assert.Contains("用户名或密码错误", html);
        }
    }

    [Fact]
    public async Task Over_https_the_session_and_anti_forgery_cookies_are_secure_http_only_and_same_site()
    {
        using var client = new PortalClient(world.Portal.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        }));
        var login = await client.GetAsync("/account/login");
        var signedIn = await client.PostLoginAsync("xishan", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("DistrictPortal.Auth=", StringComparison.Ordinal));
        var antiforgery = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("DistrictPortal.Antiforgery=", StringComparison.Ordinal));
        foreach (var cookie in new[] { session, antiforgery })
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; samesite=", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    private WebApplicationFactory<Program> At(string now) =>
        world.Portal.WithWebHostBuilder(b => b.UseEnvironment("Development").UseSetting("Portal:Now", now));

    private static PortalClient Client(WebApplicationFactory<Program> host) =>
        new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
}
