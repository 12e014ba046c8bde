using DistrictPortal.Core.Common;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Coordination;

/// <summary>成员单位: the admin keeps the list of member units items are assigned to; a unit is retired, never deleted.</summary>
public sealed partial class CoordinationController
{
    [HttpGet("units")]
    public async Task<IActionResult> Units()
    {
        if (!CanManage(me.Role))
            return Forbid();
        return View("Units", new MemberUnitsViewModel(await store.ListUnitsAsync(), null, []));
    }

    [HttpPost("units")]
    public async Task<IActionResult> Units(string? name)
    {
        if (!CanManage(me.Role))
            return Forbid();
        DomainResult<long> result;
        try
        {
            result = await service.AddUnitAsync(name, me.Change());
        }
        catch (DuplicateNameException)
        {
            result = DomainResult<long>.Refuse(nameof(Core.Coordination.MemberUnit.Name), Core.Coordination.CoordinationService.DuplicateName);
        }
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Units", new MemberUnitsViewModel(await store.ListUnitsAsync(), name, result.Errors.Select(e => l.Message(e, "Coordination")).ToList()));
        }
        TempData.Flash(l["Coordination.UnitAdded", name!.Trim()]);
        return Redirect("/coordination/units");
    }

    [HttpPost("units/{unitId:long}/retire")]
    public Task<IActionResult> Retire(long unitId) => SetRetiredAsync(unitId, true);

    [HttpPost("units/{unitId:long}/reinstate")]
    public Task<IActionResult> Reinstate(long unitId) => SetRetiredAsync(unitId, false);

    private async Task<IActionResult> SetRetiredAsync(long unitId, bool retired)
    {
        if (!CanManage(me.Role))
            return Forbid();
        if (!await service.SetRetiredAsync(unitId, retired, me.Change()))
            return NotFound();
        return Redirect("/coordination/units");
    }
}
