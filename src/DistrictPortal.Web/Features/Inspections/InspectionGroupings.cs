using DistrictPortal.Core.Enterprises;
using DistrictPortal.Core.Packages;
using DistrictPortal.Core.Standards;

namespace DistrictPortal.Web.Features.Inspections;

/// <summary>
/// Which group an inspected estate belongs to for /inspections' grouped views, each from its own home: the sub-district
/// (the hierarchy), the enterprise of its current contract today (<see cref="ContractRules.Current"/>, ent20's contracts)
/// and the package it is a live member of (pkg20's packages). An estate in no group of the kind is left out of that view.
/// Two reads at most, whatever the size of the scope.
/// </summary>
public sealed class InspectionGroupings(IContractRepository contracts, IPackageRepository packages)
{
    public async Task<Func<Inspection, (long Key, string Name)?>> ForAsync(InspectionView view, string scopePath, DateOnly today)
    {
        switch (view)
        {
            case InspectionView.Enterprises:
                var current = (await contracts.ListInScopeAsync(scopePath)).GroupBy(c => c.EstateId)
                    .Select(g => ContractRules.Current(g, today)).OfType<ServiceContract>()
                    .ToDictionary(c => c.EstateId, c => (c.EnterpriseId, c.EnterpriseName));
                return i => current.TryGetValue(i.EstateId, out var c) ? c : null;
            case InspectionView.Packages:
                var names = (await packages.ListInScopeAsync(scopePath)).ToDictionary(p => p.Id, p => p.Name);
                var member = (await packages.ListLiveMembersInScopeAsync(scopePath)).Where(m => m.Live && names.ContainsKey(m.PackageId))
                    .GroupBy(m => m.EstateId).ToDictionary(g => g.Key, g => g.First().PackageId);
                return i => member.TryGetValue(i.EstateId, out var p) ? (p, names[p]) : null;
            default:
                return i => (i.SubDistrictId, i.SubDistrictName);
        }
    }
}
