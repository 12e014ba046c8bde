using DistrictPortal.Core.Attachments;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Features.Attachments;

public sealed record AttachmentListModel(
    AttachmentOwnerKind Kind, long OwnerId, IReadOnlyList<Attachment> Items, bool CanUpload, long MaxBytes,
    IReadOnlyList<(long Id, string Name)> Choices, string ReturnUrl);

/// <summary>
/// The evidence list of one owner, with its upload form for those who may attach: one line in the owner's page
/// (<c>@await Component.InvokeAsync("Attachments", new { kind, ownerId })</c>). Only files inside the user's scope are
/// listed (a return's rows may lie under several communities).
/// </summary>
public sealed class AttachmentsViewComponent(
    IAttachmentRepository attachments, AttachmentOwners owners, ScopeGuard guard, IOptions<AttachmentOptions> options) : ViewComponent
{
    /// <param name="target">The owner as the page already resolved it (<see cref="AttachmentOwners.OfReturn"/>); null, resolved here.</param>
    public async Task<IViewComponentResult> InvokeAsync(AttachmentOwnerKind kind, long ownerId, AttachmentTarget? target = null)
    {
        target ??= await owners.ResolveAsync(kind, ownerId);
        var items = (await attachments.ListByOwnerAsync(kind, ownerId)).Where(a => guard.Contains(a.NodePath)).ToList();
        var canUpload = target is { TakesEvidence: true } && guard.ToWrite(target.NodePath, target.MayAttach) == Access.Allowed;
        var returnUrl = HttpContext.Request.Path + HttpContext.Request.QueryString;
        return View("~/Features/Attachments/_Attachments.cshtml",
            new AttachmentListModel(kind, ownerId, items, canUpload, options.Value.Limit, target?.Choices ?? [], returnUrl));
    }
}
