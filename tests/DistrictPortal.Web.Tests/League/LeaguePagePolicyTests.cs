using System.Globalization;
using System.Security.Claims;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Features.League;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.League;

/// <summary>What the league page's output cache keys on, and when it stays out of the way.</summary>
public sealed class LeaguePagePolicyTests
{
    private const string Antiforgery = "DistrictPortal.Antiforgery";

    private sealed class Stamp(long latest) : IAuditRepository
    {
        public Task<IReadOnlyList<AuditEntry>> ListForEntityAsync(string entityType, long entityId, int max = 200) => throw new NotSupportedException();
        public Task<long> ReadChangeStampAsync() => Task.FromResult(latest);
    }

    private sealed class Unread(int count) : INotificationRepository
    {
        public Task<int> CountUnreadAsync(long userId) => Task.FromResult(count);
        public Task<bool> AddOnceAsync(Notification notification) => throw new NotSupportedException();
        public Task<IReadOnlyList<Notification>> ListForUserAsync(long userId, int max = 100) => throw new NotSupportedException();
        public Task<bool> MarkReadAsync(long userId, long notificationId, DateTime atUtc) => throw new NotSupportedException();
    }

    private static OutputCacheContext Context(string method = "GET", bool signedIn = true, string? cookies = Antiforgery + "=token-a",
        long latest = 41, int unread = 2, string role = nameof(Role.BureauReviewer))
    {
        var services = new ServiceCollection();
        services.AddAntiforgery(o => o.Cookie.Name = Antiforgery);
        services.AddControllersWithViews();
        services.AddSingleton<IAuditRepository>(new Stamp(latest));
        services.AddSingleton<INotificationRepository>(new Unread(unread));
        services.AddSingleton(new PortalClock(TimeProvider.System, TimeZoneInfo.Utc));
        var http = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
        http.Request.Method = method;
        if (cookies is not null)
            http.Request.Headers.Cookie = cookies;
        if (signedIn)
            http.User = PortalClaims.Create(new User { Id = 5, UserName = "bureau", DisplayName = "住建委", Role = Enum.Parse<Role>(role), ScopeNodeId = 2, ScopePath = "/1/2/", ScopeName = "区" });
        return new OutputCacheContext { HttpContext = http };
    }

    private static async Task<OutputCacheContext> AskAsync(OutputCacheContext context)
    {
        await ((IOutputCachePolicy)new LeaguePagePolicy()).CacheRequestAsync(context, CancellationToken.None);
        return context;
    }

    [Fact]
    public async Task A_signed_in_get_is_kept_per_user_claims_language_antiforgery_cookie_audit_stamp_minute_and_unread_count()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var context = await AskAsync(Context());

        Assert.True(context.EnableOutputCaching && context.AllowCacheLookup && context.AllowCacheStorage);
        var vary = context.CacheVaryByRules.VaryByValues;
        Assert.Equal(["antiforgery", "changes", "culture", "minute", "unread", "user"], vary.Keys.Order());
        Assert.Contains("BureauReviewer", vary["user"]);
        Assert.Contains("/1/2/", vary["user"]);
        Assert.Equal(("41", "2", "zh-CN"), (vary["changes"], vary["unread"], vary["culture"]));
        Assert.Equal("*", context.CacheVaryByRules.QueryKeys.ToString());

        // Each of these must give another key.
        var others = new[] { Context(latest: 42), Context(unread: 3), Context(cookies: Antiforgery + "=token-b"), Context(role: nameof(Role.Admin)) };
        foreach (var other in others)
            Assert.NotEqual(vary, (await AskAsync(other)).CacheVaryByRules.VaryByValues);
    }

    [Fact]
    public async Task Anonymous_posts_no_antiforgery_cookie_and_a_waiting_flash_message_are_never_cached()
    {
        var refused = new[]
        {
            Context(signedIn: false),
            Context(method: "POST"),
            Context(cookies: null),
            Context(cookies: Antiforgery + "=token-a; .AspNetCore.Mvc.CookieTempDataProvider=flash"),
        };
        foreach (var context in refused)
            Assert.False((await AskAsync(context)).EnableOutputCaching);
    }

    [Theory]
    [InlineData(200, true, null)]
    [InlineData(404, false, null)]
    [InlineData(200, false, "DistrictPortal.Antiforgery=new; path=/; samesite=strict; httponly")]
    [InlineData(200, false, "DistrictPortal.Auth=renewed; path=/; samesite=lax; httponly")]
    [InlineData(200, true, ".AspNetCore.Mvc.CookieTempDataProvider=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/; samesite=lax; httponly")]
    [InlineData(200, false, ".AspNetCore.Mvc.CookieTempDataProvider=CfDJ8flash; path=/; samesite=lax; httponly")]
    public async Task Only_a_whole_page_that_sets_no_cookie_of_its_own_is_stored(int status, bool stored, string? setCookie)
    {
        var context = await AskAsync(Context());
        context.HttpContext.Response.StatusCode = status;
        if (setCookie is not null)
            context.HttpContext.Response.Headers.SetCookie = setCookie;

        await ((IOutputCachePolicy)new LeaguePagePolicy()).ServeResponseAsync(context, CancellationToken.None);

        Assert.Equal(stored, context.AllowCacheStorage);
    }
}
