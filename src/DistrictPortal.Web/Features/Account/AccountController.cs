using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PortalUser = DistrictPortal.Core.Identity.User;

namespace DistrictPortal.Web.Features.Account;

[Route("account")]
public sealed class AccountController(
    SignInService signIn, SignInAddressThrottle throttle, IOptions<PortalOptions> portal, PortalClock clock,
    AccountSessions sessions, IUserRepository users, INodeRepository nodes, IPasswordHasher<PortalUser> hasher,
    CurrentUser me, IStringLocalizer<SharedResource> l) : Controller
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
        if (await throttle.BlockedUntilAsync(address, clock.UtcNow) is { } blockedUntil)
        {
            ModelState.AddModelError("", l["Login.AddressThrottled", Formats.DateTime(clock.ToLocal(blockedUntil)), clock.Zone.Id]);
            form.Password = null;
            return View(Model(form));
        }
        var result = await signIn.SignInAsync(form.UserName, form.Password);
        if (result.Outcome == SignInOutcome.SignedIn)
        {
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, result.Principal!);
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }
        await throttle.RecordFailureAsync(address, clock.UtcNow);
        // Unknown user, wrong password, disabled and locked account: one sentence, so none of them names a real account.
        ModelState.AddModelError("", l["Login.Refused"]);
        form.Password = null;
        return View(Model(form));
    }

    /// <summary>
    /// Replaces the account's security stamp before dropping the cookie, so this cookie is dead even if a copy of it
    /// is kept (and, by the same stamp, the account's other sessions end too: see README "Security").
    /// </summary>
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        if (me.IsSignedIn)
            await sessions.EndAllAsync(me.Id, AuditActions.SignOut, me.Change());
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToAction(nameof(Login));
    }

    /// <summary>The account page: change one's own password, sign out everywhere.</summary>
    [HttpGet("")]
    public IActionResult Index() => View("Account", new ChangePasswordForm());

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword([FromForm] ChangePasswordForm form)
    {
        var result = await sessions.ChangeOwnPasswordAsync(me.Id, form.CurrentPassword, form.NewPassword,
            (user, password) => hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed,
            (user, password) => hasher.HashPassword(user, password), me.Change());
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Field, l.Message(error));
            return View("Account", new ChangePasswordForm());
        }
        // Every other session has ended; this one carries on with the new stamp.
        await ReissueCookieAsync();
        TempData.Flash(l["Account.PasswordChanged"]);
        return Redirect("/account");
    }

    [HttpPost("sign-out-everywhere")]
    public async Task<IActionResult> SignOutEverywhere()
    {
        await sessions.EndAllAsync(me.Id, AuditActions.SignOutEverywhere, me.Change());
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToAction(nameof(Login));
    }

    private async Task ReissueCookieAsync()
    {
        var user = await users.GetByIdAsync(me.Id) ?? throw new InvalidOperationException("The signed-in user is gone.");
        await user.WithScopeAsync(nodes);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PortalClaims.Create(user));
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
