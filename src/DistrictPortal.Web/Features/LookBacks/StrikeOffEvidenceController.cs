using DistrictPortal.Core.Estates;
using DistrictPortal.Core.LookBacks;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.LookBacks;

/// <summary>
/// The admin's per-mode strike-off evidence rules (issue 16, item 6): which file a strike-off in each mode needs
/// (/lookbacks/evidence). The rule and its audit are Core's <see cref="StrikeOffEvidence"/>; a return applies it on submission.
/// </summary>
[Route("lookbacks/evidence")]
public sealed class StrikeOffEvidenceController(StrikeOffEvidence evidence, CurrentUser me, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!LookBackPermissions.CanKeepEvidenceRules(me.Role))
            return Forbid();
        return View("Evidence", new EvidenceRulesModel(await evidence.RulesAsync(), []));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(ManagementMode mode, string? document)
    {
        if (!LookBackPermissions.CanKeepEvidenceRules(me.Role))
            return Forbid();
        var result = await evidence.SaveAsync(mode, document, me.Change());
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Evidence", new EvidenceRulesModel(await evidence.RulesAsync(), result.Errors.Select(e => l.Message(e, "LookBacks")).ToList()));
        }
        TempData.Flash(l["LookBacks.Evidence.Saved", l.Enum(mode)]);
        return Redirect("/lookbacks/evidence");
    }
}
