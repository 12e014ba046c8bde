using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Core.Packages;

/// <summary>
/// Who does what with packages (P11: "以街道办事处为单位 … 社区居委会通过日常监管、季度评议和年度考核 … 监督"): the sub-district
/// makes the packages, tenders them and records the owners' renewal vote; the community records the daily supervision
/// and the quarterly reviews of its own estates (the scope test of each estate is the caller's); the admin stands in for
/// either; the bureau and the members read.
/// </summary>
public static class PackagePermissions
{
    public static bool CanKeep(Role role) => role is Role.Admin or Role.SubDistrictOfficer;

    public static bool CanSupervise(Role role) => role is Role.Admin or Role.CommunityOfficer;
}

/// <summary>Where a package stands: its current tender, latest quarter, latest year and the vote on the current tender.</summary>
public sealed record PackageStanding(
    Package Package, PackageTender? Tender, QuarterScore? LatestQuarter, YearlyAssessment? LatestYear, PackageVote? Vote, int VotesNeeded)
{
    public static PackageStanding Of(Package package, IReadOnlyList<PackageTender> tenders, IReadOnlyList<PackageReview> reviews, IReadOnlyList<PackageVote> votes)
    {
        ArgumentNullException.ThrowIfNull(package);
        var tender = PackageRules.Current(tenders);
        return new PackageStanding(package, tender, PackageRules.Quarters(reviews).FirstOrDefault(), PackageRules.Years(reviews).FirstOrDefault(),
            tender is null ? null : votes.FirstOrDefault(v => v.TenderId == tender.Id), ConsultationRule.VotesNeeded(package.Households));
    }

    /// <summary>The term ends within the notice period (or has ended) and no vote is recorded yet: the vote is due.</summary>
    public bool VoteDue(DateOnly today) =>
        Package.IsLive && Tender is { } t && Vote is null && today >= t.TermEnd.AddDays(-PackageRules.NoticeDays);
}
