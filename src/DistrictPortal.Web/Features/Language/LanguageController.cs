using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Language;

/// <summary>The header's 中文 | English switch: remembered for a year in the culture cookie, then back to the same page.</summary>
[AllowAnonymous]
public sealed class LanguageController(TimeProvider time) : Controller
{
    [HttpPost("language")]
    public IActionResult Switch(string? culture, string? returnUrl)
    {
        if (PortalCultures.IsSupported(culture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                new CookieOptions
                {
                    Expires = time.GetUtcNow().AddYears(1),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = Request.IsHttps,
                });
        }
        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
