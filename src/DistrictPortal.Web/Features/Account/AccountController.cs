using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Features.Account;

[Route("account")]
public sealed class AccountController(
    SignInService signIn, SignInAddressThrottle throttle, IOptions<PortalOptions> portal, PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
            return LocalRedirect(SafeReturnUrl(returnUrl));
        return View(Model(new LoginForm { ReturnUrl = returnUrl }));
    }

    [AllowAnonymous]
    [HttpPost("login")]
    public async Task<IActionResult> Login([FromForm] LoginForm form)
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        // An address that has failed too often is not even asked for the password: no guess is checked.
        if (throttle.BlockedUntil(address, clock.UtcNow) is { } blockedUntil)
        {
            ModelState.AddModelError("", l["Login.AddressThrottled", Formats.DateTime(clock.ToLocal(blockedUntil)), clock.Zone.Id]);
            form.Password = null;
            return View(Model(form));
        }
        var result = await signIn.SignInAsync(form.UserName, form.Password);
        if (result.Outcome != SignInOutcome.SignedIn)
            throttle.RecordFailure(address, clock.UtcNow);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, result.Principal!);
                return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
            case SignInOutcome.LockedOut:
                var until = clock.ToLocal(result.LockedUntilUtc!.Value);
                ModelState.AddModelError("", l["Login.LockedOut", Formats.DateTime(until), clock.Zone.Id]);
                break;
            default:
                ModelState.AddModelError("", l["Login.Refused"]);
                break;
        }
        form.Password = null;
        return View(Model(form));
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToAction(nameof(Login));
    }

    private LoginViewModel Model(LoginForm form) => new()
    {
        Form = form,
        DemoAccounts = portal.Value.DemoData ? DemoAccounts.All : [],
        DemoPassword = portal.Value.DemoData ? DemoAccounts.Password : "",
    };

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
