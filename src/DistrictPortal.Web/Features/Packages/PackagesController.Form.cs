using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Packages;
using DistrictPortal.Web.Infrastructure.Localization;
using DistrictPortal.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Packages;

// Making a package and changing its estates: the sub-district's officer (or the admin) inside the sub-district.
public sealed partial class PackagesController
{
    /// <summary>More estates than a sub-district holds: the form lists them all.</summary>
    private const int MaxCandidates = 20_000;

    [HttpGet("new")]
    public async Task<IActionResult> New(long? subDistrictId)
    {
        if (!PackagePermissions.CanKeep(me.Role))
            return Forbid();
        var subDistrict = await SubDistrictAsync(subDistrictId);
        if (subDistrict is null)
        {
            if (subDistrictId is not null)
                return NotFound();
            var choices = await nodes.ListByLevelAsync(me.ScopePath, NodeLevel.SubDistrict);
            return View("Form", new PackageFormModel(null, null, new PackageForm(), [], [], choices));
        }
        return View("Form", await FormModelAsync(subDistrict, null, new PackageForm { SubDistrictId = subDistrict.Id }, []));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(PackageForm form)
    {
        if (!PackagePermissions.CanKeep(me.Role))
            return Forbid();
        if (await SubDistrictAsync(form.SubDistrictId) is not { } subDistrict)
            return NotFound();
        var result = await service.CreateAsync(subDistrict.Id, subDistrict.Path, form.ToInput(), clock.Today, me.Change());
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Form", await FormModelAsync(subDistrict, null, form, result.Errors.Select(e => l.Message(e, "Packages")).ToList()));
        }
        TempData.Flash(l["Packages.Created", form.Name!.Trim()]);
        return Redirect($"/packages/{result.Value}");
    }

    [HttpGet("{id:long}/edit")]
    public async Task<IActionResult> Edit(long id)
    {
        var (package, members) = await ReadableAsync(id);
        if (package is null)
            return NotFound();
        if (!PackagePermissions.CanKeep(me.Role) || !guard.Contains(package.Path))
            return Forbid();
        var subDistrict = (await nodes.GetByIdAsync(package.SubDistrictId))!;
        var form = new PackageForm { Name = package.Name, EstateIds = members.Where(m => m.Live).Select(m => m.EstateId).ToArray() };
        return View("Form", await FormModelAsync(subDistrict, package, form, []));
    }

    [HttpPost("{id:long}/edit")]
    public async Task<IActionResult> Update(long id, PackageForm form)
    {
        var (package, _) = await ReadableAsync(id);
        if (package is null)
            return NotFound();
        if (!PackagePermissions.CanKeep(me.Role) || !guard.Contains(package.Path))
            return Forbid();
        var result = await service.UpdateAsync(package, form.ToInput(), me.Change());
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            var subDistrict = (await nodes.GetByIdAsync(package.SubDistrictId))!;
            return View("Form", await FormModelAsync(subDistrict, package, form, result.Errors.Select(e => l.Message(e, "Packages")).ToList()));
        }
        TempData.Flash(l["Packages.Saved", package.Name]);
        return Redirect($"/packages/{package.Id}");
    }

    /// <summary>The sub-district to make a package in: the one asked for, or the officer's own; null outside the scope.</summary>
    private async Task<Node?> SubDistrictAsync(long? subDistrictId)
    {
        var id = subDistrictId ?? me.ScopeNodeId;
        var node = await guard.ReadableNodeAsync(id);
        return node is { Level: NodeLevel.SubDistrict, IsRetired: false } ? node : null;
    }

    private async Task<PackageFormModel> FormModelAsync(Node subDistrict, Package? package, PackageForm form, IReadOnlyList<string> errors)
    {
        var all = await estates.ListAfterPathAsync(subDistrict.Path, null, MaxCandidates);
        var live = await packages.ListLiveMembersInScopeAsync(subDistrict.Path);
        var names = (await packages.ListInScopeAsync(subDistrict.Path)).ToDictionary(p => p.Id, p => p.Name);
        var candidates = all.Select(e =>
        {
            var member = live.FirstOrDefault(m => m.EstateId == e.Id && m.PackageId != package?.Id);
            return new PackageCandidate(e, member?.PackageId, member is null ? null : names.GetValueOrDefault(member.PackageId));
        }).ToList();
        return new PackageFormModel(subDistrict, package, form, candidates, errors, []);
    }
}
