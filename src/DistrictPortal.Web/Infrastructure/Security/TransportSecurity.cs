using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DistrictPortal.Web.Infrastructure.Security;

/// <summary>
/// HTTPS, HSTS, forwarded headers, no Server header, and no caching of exported files: what issue 14 asked of the
/// transport. Configured from <see cref="HttpsOptions"/> and <see cref="ForwardedHeadersSettings"/> (README "Security").
/// </summary>
public static class TransportSecurity
{
    /// <summary>Content types of the files the portal exports: Excel workbooks, PDFs, CSV.</summary>
    public static readonly string[] FileContentTypes =
    [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/pdf",
        "text/csv",
    ];

    public static void AddTransportSecurity(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var https = config.GetSection(HttpsOptions.Section).Get<HttpsOptions>() ?? new HttpsOptions();
        var forwarded = config.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        builder.Services.Configure<HttpsOptions>(config.GetSection(HttpsOptions.Section));
        builder.Services.Configure<ForwardedHeadersSettings>(config.GetSection(ForwardedHeadersSettings.Section));

        // The Server header only tells an attacker which server to look up.
        builder.Services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(https.HstsMaxAgeDays);
            options.IncludeSubDomains = false; // other sites of the same domain are not the portal's to bind
        });
        if (https.Port is { } port)
            builder.Services.AddHttpsRedirection(options => options.HttpsPort = port);
        if (forwarded.Enabled)
        {
            builder.Services.Configure<ForwardedHeadersOptions>(options =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                options.ForwardLimit = forwarded.ForwardLimit;
                foreach (var proxy in forwarded.KnownProxies)
                    options.KnownProxies.Add(IPAddress.Parse(proxy));
                foreach (var network in forwarded.KnownNetworks)
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            });
        }
    }

    /// <summary>First in the pipeline: the forwarded scheme and address, then HTTPS, then the no-store rule for files.</summary>
    public static void UseTransportSecurity(this WebApplication app)
    {
        var https = app.Configuration.GetSection(HttpsOptions.Section).Get<HttpsOptions>() ?? new HttpsOptions();
        var forwarded = app.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        var production = !app.Environment.IsDevelopment();
        if (forwarded.Enabled)
            app.UseForwardedHeaders();
        if (https.Hsts ?? production)
            app.UseHsts();
        if (https.Redirect ?? production)
            app.UseHttpsRedirection();
        app.Use((context, next) =>
        {
            // An export holds a scope's data: a shared or browser cache must not keep it for the next user of the machine.
            context.Response.OnStarting(() =>
            {
                if (IsFile(context.Response.ContentType))
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    public static bool IsFile(string? contentType) =>
        contentType is not null && FileContentTypes.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase));
}
