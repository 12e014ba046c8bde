using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DistrictPortal.Web.Features.League;

/// <summary>
/// The league, trend and dashboard pages as sent, kept for the user who asked: the bureau checks them many times on
/// a Friday, and each request was a full render (the trend and the dashboard read 117 weeks of snapshots). It runs after sign-in and authorisation, so a request served from here has passed the
/// same checks. An entry is one user's (every claim of the sign-in, so a changed role or scope is a new key), in one
/// language, for one URL, with that user's anti-forgery cookie (the page's forms carry tokens bound to it), while the
/// newest audit entry, the minute and the user's unread count are what they were. Nothing is stored from a response
/// that sets a cookie or is not a whole page, and no request with a flash message waiting is answered from here.
/// </summary>
public sealed class LeaguePagePolicy : IOutputCachePolicy
{
    public const string Name = "LeaguePage";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var antiforgery = services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!;
        var tempData = TempDataCookie(http);
        if (!services.GetRequiredService<IOptions<PortalOptions>>().Value.PageCache
            || !HttpMethods.IsGet(http.Request.Method) || PortalClaims.UserId(http.User) is not { } userId
            || http.Request.Cookies[antiforgery] is not { Length: > 0 } token || http.Request.Cookies.ContainsKey(tempData))
            return;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        var vary = context.CacheVaryByRules;
        vary.QueryKeys = "*";
        vary.VaryByValues["user"] = string.Join("\n", http.User.Claims.Select(c => c.Type + "=" + c.Value));
        vary.VaryByValues["antiforgery"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        vary.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        vary.VaryByValues["changes"] = Number(await services.GetRequiredService<IAuditRepository>().ReadChangeStampAsync());
        vary.VaryByValues["minute"] = Number(services.GetRequiredService<PortalClock>().UtcNow.Ticks / TimeSpan.TicksPerMinute);
        vary.VaryByValues["unread"] = Number(await services.GetRequiredService<INotificationRepository>().CountUnreadAsync(userId));
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // A renewed sign-in or a first anti-forgery cookie belongs to this response only. Every page that looks for a
        // flash message also expires the (absent: see above) flash cookie, which is the same for everyone.
        if (response.StatusCode != StatusCodes.Status200OK || SetsOwnCookie(context.HttpContext))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    private static bool SetsOwnCookie(HttpContext http)
    {
        var headers = http.Response.Headers.SetCookie;
        if (headers.Count == 0)
            return false;
        var tempData = TempDataCookie(http);
        return !SetCookieHeaderValue.TryParseList(headers.OfType<string>().ToList(), out var cookies)
            || cookies.Any(c => !(c.Name == tempData && c.Value.Length == 0 && c.Expires < DateTimeOffset.UtcNow));
    }

    private static string TempDataCookie(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name!;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
