using DistrictPortal.Core.Attachments;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Features.Attachments;

/// <summary>
/// Evidence files (证明材料): the download, inside the scope of the file's node only (anything else is 404, so ids
/// cannot be probed), and the upload that every owner's page posts to. The rules (type by content, size, name) are
/// Core's <see cref="AttachmentService"/>; who may attach to what is <see cref="AttachmentOwners"/>'s answer plus scope.
/// </summary>
[Route("attachments")]
public sealed class AttachmentsController(
    IAttachmentRepository attachments, AttachmentService service, AttachmentOwners owners, ScopeGuard guard, CurrentUser me,
    IOptions<AttachmentOptions> options, IStringLocalizer<SharedResource> l) : Controller
{
    /// <summary>Above the largest configurable file, so an oversized file reaches Core's rule and gets its message, not a bare 413.</summary>
    private const long RequestLimit = AttachmentService.LargestMaxBytes + 256 * 1024;

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Download(long id)
    {
        var attachment = await attachments.GetContentAsync(id);
        if (attachment is null || !guard.Contains(attachment.NodePath))
            return NotFound();
        // Always a download, never shown inline: the type is the detected one, and the name carries its extension.
        Response.Headers.CacheControl = "private, no-store";
        return File(attachment.Content, attachment.ContentType, attachment.DownloadName);
    }

    [HttpPost("")]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Upload(AttachmentOwnerKind kind, long ownerId, long? estateId, IFormFile? file, string? returnUrl)
    {
        var back = Url.IsLocalUrl(returnUrl) && !returnUrl!.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
        var target = Enum.IsDefined(kind) ? await owners.ResolveAsync(kind, ownerId, kind == AttachmentOwnerKind.ReturnRow ? estateId ?? 0 : null) : null;
        if (this.Refusal(guard.ToWrite(target?.NodePath, r => target!.MayAttach(r))) is { } refused)
            return refused;
        if (!target!.TakesEvidence)
        {
            TempData.Flash(l["Attachments.Closed"]);
            return LocalRedirect(back);
        }
        var limit = options.Value.Limit;
        var content = await ReadAsync(file, limit);
        var result = await service.AddAsync(kind, ownerId, target.NodeId, file?.FileName, content, limit, me.Change());
        TempData.Flash(result.Succeeded
            ? l["Attachments.Added", AttachmentService.CleanFileName(file?.FileName)]
            : string.Join(" ", result.Errors.Select(e => l.Message(e, "Attachments"))));
        return LocalRedirect(back);
    }

    /// <summary>At most one byte past the limit is read: enough for Core to call it too large.</summary>
    private static async Task<byte[]> ReadAsync(IFormFile? file, long limit)
    {
        if (file is null || file.Length == 0)
            return [];
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
                break;
        }
        return buffer.ToArray();
    }
}
