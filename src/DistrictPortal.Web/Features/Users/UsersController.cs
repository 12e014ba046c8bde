using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Features.Hierarchy;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using PortalUser = DistrictPortal.Core.Identity.User;

namespace DistrictPortal.Web.Features.Users;

public sealed record UserListViewModel(IReadOnlyList<PortalUser> Users, DateTime NowUtc);

/// <summary>Accounts (admin only): list, create, edit role/scope/disabled/password, unlock. Only users inside the admin's scope.</summary>
[Route("users")]
[Authorize(Policy = PortalPolicies.ManageUsers)]
public sealed class UsersController(
    IUserRepository users,
    INodeRepository nodes,
    IPasswordHasher<PortalUser> hasher,
    CurrentUser me,
    ScopeGuard guard,
    PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    public const string EntityType = AuditEntities.User;

    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(new UserListViewModel(await users.ListAsync(me.ScopePath), clock.UtcNow));

    [HttpGet("create")]
    public async Task<IActionResult> Create() =>
        View(new UserCreateForm { ScopeOptions = await ScopeOptions(), ScopeNodeId = me.ScopeNodeId });

    [HttpPost("create")]
    public async Task<IActionResult> Create([FromForm] UserCreateForm form)
    {
        if (await ScopeRefusal(form.ScopeNodeId) is { } refused)
            return refused;
        form.ScopeOptions = await ScopeOptions();
        await CheckRoleAsync(form.Role, form.ScopeNodeId);
        if (!string.IsNullOrEmpty(form.Password))
            AddErrors(PasswordRule.Check(nameof(form.Password), form.Password, form.UserName));
        if (!ModelState.IsValid)
            return View(form);
        var user = new PortalUser
        {
            UserName = form.UserName!.Trim(),
            DisplayName = form.DisplayName!.Trim(),
            Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim(),
            Role = form.Role,
            ScopeNodeId = form.ScopeNodeId,
            SecurityStamp = SecurityStamp.New(),
        };
        user.PasswordHash = hasher.HashPassword(user, form.Password!);
        try
        {
            var id = await users.CreateAsync(user, UserAudit.Created(user, me.Change()));
            TempData.Flash(l["Users.Created", user.UserName]);
            return Redirect($"/users/{id}/edit");
        }
        catch (DuplicateNameException)
        {
            ModelState.AddModelError(nameof(form.UserName), l["Validation.DuplicateName", l.Field(nameof(PortalUser.UserName))]);
            return View(form);
        }
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id)
    {
        var user = await users.GetByIdAsync(id);
        if (this.Refusal(guard.ToRead(user?.ScopePath)) is { } refused)
            return refused;
        return View(await Prepare(UserEditForm.From(user!), user!));
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, [FromForm] UserEditForm form)
    {
        var user = await users.GetByIdAsync(id);
        if (this.Refusal(guard.ToWrite(user?.ScopePath, Permissions.CanManageUsers)) is { } targetRefused)
            return targetRefused;
        if (await ScopeRefusal(form.ScopeNodeId) is { } scopeRefused)
            return scopeRefused;
        await Prepare(form, user!);
        await CheckRoleAsync(form.Role, form.ScopeNodeId);
        // The admin cannot lock themselves out: their own role, scope and access stay as they are.
        if (form.IsSelf && (form.Role != user!.Role || form.ScopeNodeId != user.ScopeNodeId || form.IsDisabled))
            ModelState.AddModelError("", l["Users.CannotChangeSelf"]);
        if (!string.IsNullOrEmpty(form.NewPassword))
            AddErrors(PasswordRule.Check(nameof(form.NewPassword), form.NewPassword, user!.UserName));
        if (!ModelState.IsValid)
            return View(form);

        var changed = new PortalUser
        {
            Id = user!.Id,
            UserName = user.UserName,
            DisplayName = form.DisplayName!.Trim(),
            Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim(),
            Role = form.Role,
            ScopeNodeId = form.ScopeNodeId,
            IsDisabled = form.IsDisabled,
            Version = form.Version,
        };
        var passwordChanged = !string.IsNullOrEmpty(form.NewPassword);
        if (passwordChanged)
            changed.PasswordHash = hasher.HashPassword(changed, form.NewPassword!);
        var audit = UserAudit.Edited(user, changed, passwordChanged, me.Change());
        // A reset password, a new role or scope, or disabling ends the user's sessions (their cookies carry the old stamp).
        var endsSessions = SecurityStamp.MustChange(user, changed, passwordChanged);
        if (endsSessions)
            changed.SecurityStamp = SecurityStamp.New();
        try
        {
            if (form.Version != user.Version)
                throw new ConcurrencyConflictException(EntityType, id);
            if (audit.Count > 0)
                await users.UpdateAsync(changed, audit);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", l["Users.Conflict"]);
            return View(form);
        }
        // The admin who reset their own password stays signed in here, with the new stamp; their other sessions end.
        if (endsSessions && form.IsSelf && audit.Count > 0)
            await ReissueOwnCookieAsync();
        TempData.Flash(audit.Count > 0 ? l["Users.Saved", user.UserName] : l["Estates.NoChanges"]);
        return Redirect($"/users/{id}/edit");
    }

    [HttpPost("{id:long}/unlock")]
    public async Task<IActionResult> Unlock(long id)
    {
        var user = await users.GetByIdAsync(id);
        if (this.Refusal(guard.ToWrite(user?.ScopePath, Permissions.CanManageUsers)) is { } refused)
            return refused;
        await users.UnlockAsync(id, UserAudit.Unlocked(id, me.Change()));
        TempData.Flash(l["Users.Unlocked", user!.UserName]);
        return Redirect($"/users/{id}/edit");
    }

    private async Task<UserEditForm> Prepare(UserEditForm form, PortalUser user)
    {
        form.UserId = user.Id;
        form.UserName = user.UserName;
        form.IsSelf = user.Id == me.Id;
        form.FailedSignIns = user.FailedSignIns;
        form.LockedUntilLocal = SignInPolicy.IsLockedOut(user, clock.UtcNow) ? clock.ToLocal(user.LockoutEndUtc!.Value) : null;
        form.ScopeOptions = await ScopeOptions();
        return form;
    }

    private void AddErrors(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
            ModelState.AddModelError(error.Field, l.Message(error));
    }

    private async Task ReissueOwnCookieAsync()
    {
        var self = await users.GetByIdAsync(me.Id);
        if (self is null)
            return;
        await self.WithScopeAsync(nodes);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PortalClaims.Create(self));
    }

    /// <summary>A known role, at a scope its body works at (Core <see cref="Permissions.ScopeFits"/>: an owners' committee member a community).</summary>
    private async Task CheckRoleAsync(Role role, long scopeNodeId)
    {
        if (!Enum.IsDefined(role))
            ModelState.AddModelError(nameof(UserCreateForm.Role), l["Validation.Invalid", l.Field(nameof(PortalUser.Role))]);
        else if (scopeNodeId > 0 && await nodes.GetByIdAsync(scopeNodeId) is { } node && !Permissions.ScopeFits(role, node.Level))
            ModelState.AddModelError(nameof(UserCreateForm.ScopeNodeId), l["Users.ScopeNotForRole", l.Enum(role), l.Enum(node.Level)]);
    }

    /// <summary>Giving a user a scope outside the admin's own is a write outside it (403); no choice at all is a form error.</summary>
    private async Task<IActionResult?> ScopeRefusal(long scopeNodeId)
    {
        if (scopeNodeId <= 0)
        {
            ModelState.AddModelError(nameof(UserCreateForm.ScopeNodeId), l["Validation.Required", l.Field("Scope")]);
            return null;
        }
        var node = await nodes.GetByIdAsync(scopeNodeId);
        if (node is null)
        {
            ModelState.AddModelError(nameof(UserCreateForm.ScopeNodeId), l["Validation.Invalid", l.Field("Scope")]);
            return null;
        }
        return guard.Contains(node.Path) ? null : Forbid();
    }

    /// <summary>Every node of the admin's scope in tree order, indented, with its level.</summary>
    private async Task<IReadOnlyList<SelectListItem>> ScopeOptions()
    {
        var root = await nodes.GetByIdAsync(me.ScopeNodeId);
        if (root is null)
            return [];
        var rows = await HierarchyTree.BuildAsync(nodes, root, NodeLevel.Estate, includeRetired: false);
        return rows.Select(r => new SelectListItem(
            new string('\u3000', r.Depth) + l["Users.ScopeOption", r.Node.Name, l.Enum(r.Node.Level)],
            r.Node.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }
}
