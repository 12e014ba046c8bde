using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Retrofit;

/// <summary>One editable target row: a node (or a programme district outside the portal) and its target for the year.</summary>
public sealed record TargetRow(long? NodeId, string Name, AreaTarget? Target);

public sealed class RetrofitTargetsViewModel
{
    public required int Year { get; init; }
    public required RetrofitProgramme? Programme { get; init; }
    public required Node Node { get; init; }
    public required IReadOnlyList<TargetRow> Rows { get; init; }
    public long? ErrorRow { get; set; }
    public string? Error { get; set; }
}

public sealed partial class RetrofitController
{
    /// <summary>Targets are set from above (the district office splits the city's down): the admin only.</summary>
    public static bool CanSetTargets(Role role) => Permissions.CanManageHierarchy(role);

    [HttpGet("targets")]
    public async Task<IActionResult> Targets(int? year, long? node)
    {
        if (!CanSetTargets(me.Role))
            return Forbid();
        var model = await TargetsModelAsync(year, node);
        return model is null ? NotFound() : View("Targets", model);
    }

    /// <summary>Adds or changes one row's target (version-checked); the row is a node in scope or a label row of the programme.</summary>
    [HttpPost("targets")]
    public async Task<IActionResult> Targets(int year, long node, long? targetNodeId, string? label, long targetId, long version, string? area)
    {
        if (!CanSetTargets(me.Role))
            return Forbid();
        var model = await TargetsModelAsync(year, node);
        if (model?.Programme is not { } programme)
            return NotFound();
        var row = model.Rows.FirstOrDefault(r => targetNodeId is { } id ? r.NodeId == id : r.NodeId is null && r.Name == label);
        // A row that is not on this page (another node's, or out of scope) does not exist for the user.
        if (row is null)
            return NotFound();
        if (!decimal.TryParse(area, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
            return TargetRefused(model, row, l["Retrofit.TargetInvalid", row.Name]);
        try
        {
            // The version the page showed: the service refuses it when the target has changed since.
            var saved = await service.SetTargetAsync(new AreaTarget
            {
                Id = row.Target?.Id ?? 0, ProgrammeId = programme.Id, NodeId = row.NodeId, Label = row.NodeId is null ? row.Name : null,
                Year = model.Year, TargetArea = value, Version = row.Target is null ? 0 : version,
            }, me.Change());
            if (!saved.Succeeded)
                return TargetRefused(model, row, l["Retrofit.TargetInvalid", row.Name]);
        }
        catch (Exception e) when (e is ConcurrencyConflictException or DuplicateNameException)
        {
            return TargetRefused(model, row, l["Retrofit.Conflict"]);
        }
        TempData.Flash(l["Retrofit.TargetSaved", row.Name]);
        return Redirect($"/retrofit/targets?year={model.Year}&node={model.Node.Id}");
    }

    /// <summary>The targets page again with the reason on the row it is about.</summary>
    private ViewResult TargetRefused(RetrofitTargetsViewModel model, TargetRow row, string error)
    {
        model.ErrorRow = row.NodeId ?? -1;
        model.Error = error;
        return View("Targets", model);
    }

    private async Task<RetrofitTargetsViewModel?> TargetsModelAsync(int? year, long? nodeId)
    {
        var node = await guard.ReadableNodeAsync(nodeId ?? me.ScopeNodeId);
        if (node is null)
            return null;
        var theYear = year is >= 2000 and <= 2100 ? year.Value : clock.CurrentYear;
        var programme = (await retrofit.ListProgrammesAsync()).LastOrDefault(p => p.Covers(theYear));
        var targets = programme is null ? [] : await retrofit.ListTargetsAsync(programme.Id, theYear);
        var children = node.Level < NodeLevel.Community ? await nodes.GetChildrenAsync(node.Id) : [];
        var rows = new List<TargetRow> { new(node.Id, node.Name, targets.FirstOrDefault(t => t.NodeId == node.Id)) };
        rows.AddRange(children.Select(c => new TargetRow(c.Id, c.Name, targets.FirstOrDefault(t => t.NodeId == c.Id))));
        if (programme?.NodeId == node.Id)
            rows.AddRange(targets.Where(t => t.NodeId is null).Select(t => new TargetRow(null, t.Label!, t)));
        return new RetrofitTargetsViewModel { Year = theYear, Programme = programme, Node = node, Rows = rows };
    }
}
