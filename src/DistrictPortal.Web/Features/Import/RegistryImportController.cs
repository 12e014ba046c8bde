using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Documents.Import;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Import;

/// <summary>
/// The registry import (调研摸底表) of one sub-district: template, upload, preview with every problem at its cell,
/// and a confirmation that writes all rows in one transaction or none. Only users who may edit estates and whose
/// scope holds the sub-district (its officer, the admin); anything else is 404 (outside) or 403 (the role).
/// </summary>
[Route("estates/import")]
public sealed class RegistryImportController(
    IEstateRepository estates,
    EstateService registry,
    INodeRepository nodes,
    PendingImport pending,
    ImportLimiter limiter,
    ScopeGuard guard,
    CurrentUser me,
    PortalClock clock,
    IStringLocalizer<SharedResource> l) : Controller
{
    /// <summary>Above UploadGuard's limit, so an oversized file reaches the guard and gets its message rather than a bare 413.</summary>
    private const long RequestLimit = UploadGuard.DefaultMaxBytes * 2;

    [HttpGet("")]
    public async Task<IActionResult> Index(long? subDistrict)
    {
        if (!Permissions.CanEditEstates(me.Role))
            return Forbid();
        var choices = await nodes.ListByLevelAsync(me.ScopePath, NodeLevel.SubDistrict);
        Node? chosen = null;
        if (subDistrict is { } id && (chosen = choices.FirstOrDefault(s => s.Id == id)) is null)
            return NotFound();
        return View("Index", new ImportPageModel { SubDistricts = choices, SubDistrict = chosen ?? (choices.Count == 1 ? choices[0] : null) });
    }

    /// <summary>The template, filled in with the sub-district's estates so that edited rows come back as changes.</summary>
    [HttpGet("template.xlsx")]
    public async Task<IActionResult> Template(long subDistrict)
    {
        if (await TargetAsync(subDistrict) is not { } node)
            return NotFound();
        if (!Permissions.CanEditEstates(me.Role))
            return Forbid();
        var context = await ContextAsync(node);
        var asOf = DateOnly.FromDateTime(clock.LocalNow.DateTime);
        var bytes = RegistryTemplate.Create(node.Name, context.Communities.Select(c => c.Name).ToList(), asOf,
            context.ExistingEstates.Where(e => !e.IsRetired));
        return File(bytes, Exports.Xlsx.ContentType, RegistryTemplate.FileName(node.Name, asOf));
    }

    [HttpPost("preview")]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Preview(long subDistrict, IFormFile? file)
    {
        if (await TargetAsync(subDistrict) is not { } node)
            return NotFound();
        if (!Permissions.CanEditEstates(me.Role))
            return Forbid();
        var context = await ContextAsync(node);
        if (file is null || file.Length == 0)
            return await PageAsync(node, RegistryImportPreview.Refused(UploadGuard.Refuse(ImportCodes.Empty, l["Import.NoFile"])), null, null);

        using (var slot = await limiter.EnterAsync(HttpContext.RequestAborted))
        {
            if (slot is null)
                return await BusyAsync(node);
            await using var stream = file.OpenReadStream();
            var (bytes, refusal) = UploadGuard.Read(stream, context.MaxBytes);
            if (refusal is not null)
                return await PageAsync(node, RegistryImportPreview.Refused(refusal), file.FileName, null);
            var preview = RegistryImporter.Preview(bytes!, context);
            return await PageAsync(node, preview, file.FileName, preview.CanCommit ? pending.Protect(me.Id, node.Id, bytes!) : null);
        }
    }

    [HttpPost("commit")]
    [RequestFormLimits(ValueLengthLimit = (int)RequestLimit * 2)]
    public async Task<IActionResult> Commit(long subDistrict, string? payload, string? digest, string? fileName)
    {
        if (await TargetAsync(subDistrict) is not { } node)
            return NotFound();
        if (!Permissions.CanEditEstates(me.Role))
            return Forbid();
        if (pending.Unprotect(me.Id, node.Id, payload) is not { } bytes)
            return await PageAsync(node, null, null, null, l["Import.Expired"]);
        // This preview's confirmation, claimed in the import's transaction: sent again (a double click, a replayed form,
        // the same form on another server at the same moment) it writes nothing and says so.
        var confirmation = PendingImport.ConfirmationKey(payload!);
        if (await estates.IsImportConfirmedAsync(confirmation))
            return await AlreadyConfirmedAsync(node);

        // Read again against the registry as it is now: the confirmation commits what is true now, not what was true then.
        var context = await ContextAsync(node);
        RegistryImportPreview preview;
        using (var slot = await limiter.EnterAsync(HttpContext.RequestAborted))
        {
            if (slot is null)
                return await BusyAsync(node);
            preview = RegistryImporter.Preview(bytes, context);
        }
        if ((!preview.CanCommit || PendingImport.Digest(preview) != digest) && await estates.IsImportConfirmedAsync(confirmation))
            return await AlreadyConfirmedAsync(node); // confirmed by another request since the check above
        if (!preview.CanCommit)
            return await PageAsync(node, preview, fileName, null, l["Import.NotCommitted"]);
        if (PendingImport.Digest(preview) != digest)
            return await PageAsync(node, preview, fileName, pending.Protect(me.Id, node.Id, bytes), l["Import.ChangedSincePreview"]);

        var added = preview.ToAdd.Select(a => a.Estate).ToList();
        var changed = preview.ToChange.Select(c => (c.Before, c.After)).ToList();
        bool written;
        try
        {
            // The preview checked every row: a refusal now means the registry changed since (a community retired or moved).
            written = (await registry.ImportAsync(added, changed, clock.CurrentYear, me.Change(), confirmation)).Succeeded;
        }
        catch (ImportAlreadyConfirmedException)
        {
            return await AlreadyConfirmedAsync(node);
        }
        catch (Exception e) when (e is DuplicateNameException or ConcurrencyConflictException or ArgumentException)
        {
            written = false;
        }
        if (!written)
        {
            // Someone changed the registry between our read and the write: nothing was written; show what is true now.
            var now = await ContextAsync(node);
            using var slot = await limiter.EnterAsync(HttpContext.RequestAborted);
            return slot is null
                ? await BusyAsync(node)
                : await PageAsync(node, RegistryImporter.Preview(bytes, now), fileName, null, l["Import.ChangedSincePreview"]);
        }
        TempData.Flash(l["Import.Committed", node.Name, added.Count, changed.Count]);
        return Redirect("/estates");
    }

    private async Task<IActionResult> AlreadyConfirmedAsync(Node node) =>
        await PageAsync(node, null, null, null, l["Import.AlreadyConfirmed"]);

    /// <summary>Every import slot stayed taken for the whole wait: 429 with a retry hint, the upload form and the message.</summary>
    private async Task<IActionResult> BusyAsync(Node node)
    {
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = "10";
        return await PageAsync(node, null, null, null, l["Import.Busy"]);
    }

    /// <summary>The sub-district when it is one and the user's scope holds it; otherwise null (404).</summary>
    private async Task<Node?> TargetAsync(long id) =>
        await guard.ReadableNodeAsync(id) is { Level: NodeLevel.SubDistrict } node ? node : null;

    private async Task<RegistryImportContext> ContextAsync(Node subDistrict)
    {
        var communities = (await nodes.GetChildrenAsync(subDistrict.Id))
            .Where(c => c.Level == NodeLevel.Community).ToList();
        var existing = new List<Estate>();
        var query = new EstateQuery { ScopePath = subDistrict.Path, IncludeRetired = true, PageSize = 1000 };
        for (var page = 1; ; page++)
        {
            var result = await estates.SearchAsync(query with { Page = page });
            existing.AddRange(result.Items);
            if (!result.HasNext)
                break;
        }
        return new RegistryImportContext
        {
            SubDistrictName = subDistrict.Name,
            Communities = communities,
            ExistingEstates = existing,
            CurrentYear = clock.CurrentYear,
        };
    }

    private async Task<IActionResult> PageAsync(Node node, RegistryImportPreview? preview, string? fileName, string? payload, string? refusal = null)
    {
        return View("Index", new ImportPageModel
        {
            SubDistricts = await nodes.ListByLevelAsync(me.ScopePath, NodeLevel.SubDistrict),
            SubDistrict = node,
            Preview = preview,
            FileName = fileName is null ? null : Path.GetFileName(fileName),
            Payload = payload,
            Digest = preview is null ? null : PendingImport.Digest(preview),
            Refusal = refusal,
        });
    }
}
