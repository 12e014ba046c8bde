namespace DistrictPortal.Web.Infrastructure.Security;

/// <summary>
/// The "Https" section: HTTPS redirection and HSTS, both on outside Development unless turned off. Behind a reverse
/// proxy that terminates TLS, keep them on and set up <see cref="ForwardedHeadersSettings"/> so the portal sees the
/// original scheme (https) and client address; turn them off only when the proxy itself redirects and sends HSTS.
/// </summary>
public sealed class HttpsOptions
{
    public const string Section = "Https";

    /// <summary>Answer plain-HTTP requests with a redirect to HTTPS (null: on outside Development).</summary>
    public bool? Redirect { get; set; }

    /// <summary>Send Strict-Transport-Security on HTTPS answers (null: on outside Development).</summary>
    public bool? Hsts { get; set; }

    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>The port HTTPS redirects go to when the server cannot tell (e.g. 443 behind a proxy).</summary>
    public int? Port { get; set; }
}

/// <summary>
/// The "ForwardedHeaders" section: trust X-Forwarded-For and X-Forwarded-Proto from these proxies only. Without an
/// entry only the loopback proxy is trusted (ASP.NET Core's default), so a client cannot forge its address or scheme.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies, e.g. ["10.0.0.5"].</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. ["10.0.0.0/24"].</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Proxies in a chain the portal walks back through (1: one proxy in front).</summary>
    public int ForwardLimit { get; set; } = 1;
}
