using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace DistrictPortal.Web.Infrastructure.Localization;

/// <summary>Simplified Chinese by default; English when the user switches (kept in a cookie). The browser's language is not consulted.</summary>
public static class PortalCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Chinese, English];

    public static bool IsSupported(string? culture) => culture is not null && All.Contains(culture);

    public static RequestLocalizationOptions Options()
    {
        var cultures = All.Select(c => new CultureInfo(c)).ToList();
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        };
    }
}
