using DistrictPortal.Core.Packages;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Security;

namespace DistrictPortal.Web.Features.Packages;

/// <summary>Reads what the package pages, the Excel export and the briefing show, from the package's own records.</summary>
public sealed class PackagePage(
    IPackageRepository packages, Core.Enterprises.IEnterpriseRepository enterprises, Core.Estates.IEstateRepository estates, CurrentUser me,
    ScopeGuard guard, PortalClock clock)
{
    /// <summary>Each package's standing (current tender, latest quarter and year, the vote), in the order given.</summary>
    public async Task<IReadOnlyList<PackageStanding>> StandingsAsync(IEnumerable<Package> list)
    {
        var rows = new List<PackageStanding>();
        foreach (var package in list)
            rows.Add(PackageStanding.Of(package, await packages.ListTendersAsync(package.Id), await packages.ListReviewsAsync(package.Id),
                await packages.ListVotesAsync(package.Id)));
        return rows;
    }

    public async Task<PackageDetailModel> DetailAsync(Package package, IReadOnlyList<PackageMember> members, PackageSection section, IReadOnlyList<string> errors)
    {
        var tenders = await packages.ListTendersAsync(package.Id);
        var reviews = await packages.ListReviewsAsync(package.Id);
        var votes = await packages.ListVotesAsync(package.Id);
        var today = clock.Today;
        var canKeep = PackagePermissions.CanKeep(me.Role) && guard.Contains(package.Path);
        var recordable = PackagePermissions.CanSupervise(me.Role) && package.IsLive
            ? members.Where(m => m.Live && guard.Contains(m.Path)).ToList()
            : [];
        var last = PackageRules.QuarterOf(today) == 1 ? (today.Year - 1, 4) : (today.Year, PackageRules.QuarterOf(today) - 1);
        return new PackageDetailModel(
            PackageStanding.Of(package, tenders, reviews, votes), members, tenders, await packages.ListSupervisionAsync(package.Id), reviews,
            PackageRules.Quarters(reviews), PackageRules.Years(reviews), votes, canKeep && package.IsLive, recordable, today, section, errors,
            new TenderForm { Date = today, TermStart = today.AddDays(1) },
            new SupervisionForm { Date = today },
            new ReviewForm { Year = last.Item1, Quarter = last.Item2 },
            new VoteForm { Date = today },
            await enterprises.ListAsync(),
            await ModeFlagsAsync(package, members));
    }

    /// <summary>
    /// Each estate whose registry mode and membership disagree: live here but not in mode 4, or taken out with mode 4 still
    /// and in no other live package (leaving does not put the mode back; the officer does, on the registry page).
    /// </summary>
    private async Task<IReadOnlyDictionary<long, Core.Management.ManagementFlag>> ModeFlagsAsync(Package package, IReadOnlyList<PackageMember> members)
    {
        var liveAnywhere = (await packages.ListLiveMembersInScopeAsync(package.Path)).Where(m => m.Live).Select(m => m.EstateId).ToHashSet();
        var flags = new Dictionary<long, Core.Management.ManagementFlag>();
        foreach (var member in members.DistinctBy(m => m.EstateId))
            if (await estates.GetByIdAsync(member.EstateId) is { } estate
                && Core.Management.ManagementCheck.PackageFlag(estate.Mode, liveAnywhere.Contains(member.EstateId)) is { } flag)
                flags[member.EstateId] = flag;
        return flags;
    }
}
