using DistrictPortal.Core.Common;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Standards;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using DistrictPortal.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Standards;

public sealed record StandardsModel(IReadOnlyList<ServiceStandard> Standards, bool CanEdit, IReadOnlyList<string> Errors, long? FailedId);

/// <summary>
/// 服务标准 (issue 20 item 5): the plans' service standards as data. Everyone signed in reads them (/standards); the
/// leading-group office edits a standard's comparison, threshold, modes and active flag (POST /standards/{id}).
/// Rules, audit and the version check are Core's <see cref="StandardsService"/>; an edit judges inspections recorded
/// from then on, older ones keep the verdicts they were given.
/// </summary>
[Route("standards")]
public sealed class StandardsController(StandardsService service, CurrentUser me, IStringLocalizer<SharedResource> l) : Controller
{
    public static bool CanEdit(Role role) => role == Role.Admin;

    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View("Index", new StandardsModel(await service.ListAsync(), CanEdit(me.Role), [], null));

    [HttpPost("{id:long}")]
    public async Task<IActionResult> Save(long id, StandardComparison? comparison, decimal? threshold, StandardModes[]? modes, bool isActive, long version)
    {
        if (!CanEdit(me.Role))
            return Forbid();
        var standards = await service.ListAsync();
        if (standards.All(s => s.Id != id))
            return NotFound();
        var input = new StandardInput
        {
            Comparison = comparison, Threshold = threshold, IsActive = isActive,
            Modes = (modes ?? []).Aggregate(StandardModes.None, (all, m) => all | m),
        };
        var result = await service.UpdateAsync(id, input, version, me.Change());
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", new StandardsModel(await service.ListAsync(), true,
                result.Errors.Select(e => l.Message(e, "Standards")).ToList(), id));
        }
        var saved = (await service.ListAsync()).Single(s => s.Id == id);
        TempData.Flash(l["Standards.Saved", StandardText.Full(l, saved)]);
        return Redirect("/standards");
    }
}
