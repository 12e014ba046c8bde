using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Standards;
using DistrictPortal.Web.Infrastructure.Configuration;

namespace DistrictPortal.Web.Infrastructure.DemoData;

/// <summary>
/// Service-standard inspections on the demo (issue 20 item 5), recorded through Core's <see cref="StandardsService"/> as
/// /inspections/{estateId} records them: managed estates (a standard applies to their mode) with a current contract, then
/// in a package, then up to three in each of the first three sub-districts, inspected a week ago by the community; every
/// value on its standard's good side except, for every third estate, one value just short of it (so the demo shows
/// estates meeting all and estates that do not). Runs last: the return history gives the estates their modes, the
/// enterprise and package demos their contracts and packages.
/// </summary>
public sealed class DemoInspections(
    StandardsService service, IEstateRepository estates, INodeRepository nodes, Core.Enterprises.IContractRepository contracts,
    Core.Packages.IPackageRepository packages, PortalClock clock, ILogger<DemoInspections> log)
{
    public async Task SeedAsync(ChangeContext context)
    {
        var root = (await nodes.GetRootsAsync()).Single();
        var standards = await service.ListAsync();
        var today = clock.Today;
        var managed = (await estates.SearchAsync(new EstateQuery { ScopePath = root.Path, PageSize = 1000 })).Items
            .Where(e => !e.IsRetired && StandardsService.Applicable(standards, e.Mode).Count > 0).ToList();
        var contracted = (await contracts.ListInScopeAsync(root.Path)).Where(c => Core.Enterprises.ContractRules.IsCurrent(c, today))
            .Select(c => c.EstateId).ToHashSet();
        var packaged = (await packages.ListLiveMembersInScopeAsync(root.Path)).Where(m => m.Live).Select(m => m.EstateId).ToHashSet();
        var picks = managed.Where(e => contracted.Contains(e.Id)).Take(3)
            .Concat(managed.Where(e => packaged.Contains(e.Id)).Take(3))
            .Concat(managed.GroupBy(e => e.SubDistrictId).Take(3).SelectMany(g => g.Take(3)))
            .DistinctBy(e => e.Id).ToList();
        var (recorded, meetingAll) = (0, 0);
        foreach (var (estate, n) in picks.Select((e, n) => (e, n)))
        {
            var applicable = StandardsService.Applicable(standards, estate.Mode);
            var missOne = n % 3 == 1;
            var values = applicable.Select((s, i) => (s.Id, Value: Good(s, short_: missOne && i == applicable.Count - 1)))
                .ToDictionary(x => x.Id, x => (decimal?)x.Value);
            var result = await service.RecordAsync(estate, new InspectionInput
            {
                Date = today.AddDays(-7), Inspector = $"{estate.CommunityName}检查组（演示）", Evidence = "满意度问卷、巡查记录（演示）", Values = values,
            }, today, context);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Demo inspection of {estate.Name} refused: {string.Join(", ", result.Errors.Select(e => $"{e.Field} {e.Code}"))}");
            recorded++;
            meetingAll += missOne ? 0 : 1;
        }
        log.LogInformation("Demo inspections seeded: {Recorded}, {MeetingAll} meeting every standard", recorded, meetingAll);
    }

    /// <summary>A value on the standard's good side, or (<paramref name="short_"/>) just on the wrong side of it.</summary>
    private static decimal Good(ServiceStandard s, bool short_) => (s.Comparison, short_) switch
    {
        (StandardComparison.Equal, false) => s.Threshold,
        (StandardComparison.Equal, true) => Math.Max(0, s.Threshold - 1),
        (StandardComparison.AtMost, false) => s.Threshold,
        (StandardComparison.AtMost, true) => s.Threshold + 1,
        (StandardComparison.MoreThan, false) => Math.Min(StandardRules.MaxOf(s.Measure), s.Threshold + 3),
        (StandardComparison.MoreThan, true) => s.Threshold,
        (_, false) => Math.Min(StandardRules.MaxOf(s.Measure), s.Threshold + 2),
        (_, true) => Math.Max(0, s.Threshold - 1),
    };
}
