using DistrictPortal.Core.Enterprises;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Management;

namespace DistrictPortal.Core.Tests.Enterprises;

/// <summary>Which contract is current, which overlap, which end within 90 days; where the mode and its detail disagree.</summary>
public sealed class ContractRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static ServiceContract Contract(long id, long estateId, string start, string end, string? ended = null) => new()
    {
        Id = id, EstateId = estateId, StartDate = DateOnly.Parse(start), EndDate = DateOnly.Parse(end),
        EndedOn = ended is null ? null : DateOnly.Parse(ended), EstateName = $"小区{estateId}",
    };

    [Fact]
    public void A_contract_is_current_from_its_first_to_its_last_day_and_an_early_end_is_its_last_day()
    {
        var c = Contract(1, 1, "2026-01-01", "2027-12-31");
        Assert.True(ContractRules.IsCurrent(c, new DateOnly(2026, 1, 1)));
        Assert.True(ContractRules.IsCurrent(c, new DateOnly(2027, 12, 31)));
        Assert.False(ContractRules.IsCurrent(c, new DateOnly(2025, 12, 31)));

        c.EndedOn = new DateOnly(2026, 11, 30);
        Assert.False(ContractRules.IsCurrent(c, Today));
        Assert.Null(ContractRules.Current([c], Today));
    }

    [Fact]
    public void Contracts_sharing_a_day_overlap_and_a_renewal_from_the_next_day_does_not()
    {
        var old = Contract(1, 1, "2024-01-01", "2026-12-31");
        Assert.True(ContractRules.Overlap(old, Contract(2, 1, "2026-12-31", "2028-12-31")));
        Assert.False(ContractRules.Overlap(old, Contract(3, 1, "2027-01-01", "2028-12-31")));
        Assert.True(ContractRules.Overlap(old, Contract(4, 1, "2023-01-01", "2030-12-31")));
        old.EndedOn = new DateOnly(2026, 6, 30);
        Assert.False(ContractRules.Overlap(old, Contract(5, 1, "2026-07-01", "2028-12-31")));
    }

    [Fact]
    public void Ending_within_90_days_lists_current_contracts_without_a_successor_soonest_first()
    {
        var contracts = new[]
        {
            Contract(1, 1, "2024-01-01", "2027-03-06"),                   // day 90: listed
            Contract(2, 2, "2024-01-01", "2027-03-07"),                   // day 91: not yet
            Contract(3, 3, "2024-01-01", "2026-12-31"),                   // renewed below: not listed
            Contract(4, 3, "2027-01-01", "2029-12-31"),
            Contract(5, 4, "2024-01-01", "2028-12-31", ended: "2026-12-20"), // ends early within 90 days: listed first
            Contract(6, 5, "2024-01-01", "2026-12-05"),                   // ended yesterday: not current
        };

        var soon = ContractRules.EndingSoon(contracts, Today);

        Assert.Equal([5L, 1L], soon.Select(c => c.Id));
        Assert.Equal(90, ContractRules.DaysLeft(soon[1], Today));
    }

    [Fact]
    public void The_mode_and_its_detail_disagree_where_one_is_missing_or_belongs_to_another_mode()
    {
        var current = Contract(1, 1, "2026-01-01", "2027-12-31");
        var body = new ManagingBody { Kind = ManagingBodyKind.OwnersCommittee };
        var trust = new Trusteeship();

        Assert.Equal([ManagementFlag.NoCurrentContract], ManagementCheck.Flags(ManagementMode.PropertyEnterprise, null, null, false, null, false));
        Assert.Empty(ManagementCheck.Flags(ManagementMode.PropertyEnterprise, current, null, false, null, false));
        Assert.Empty(ManagementCheck.Flags(ManagementMode.SubDistrictPackage, current, null, false, null, inLivePackage: true));
        Assert.Equal([ManagementFlag.ContractUnderOtherMode], ManagementCheck.Flags(ManagementMode.None, current, null, false, null, false));
        Assert.Equal([ManagementFlag.NoManagingBody], ManagementCheck.Flags(ManagementMode.CommitteeSelfManaged, null, null, true, null, false));
        Assert.Empty(ManagementCheck.Flags(ManagementMode.CommitteeSelfManaged, null, body, true, null, false));
        Assert.Equal([ManagementFlag.BodyWithoutCommittee], ManagementCheck.Flags(ManagementMode.CommitteeSelfManaged, null, body, false, null, false));
        Assert.Equal([ManagementFlag.BodyUnderOtherMode, ManagementFlag.NoTrusteeship],
            ManagementCheck.Flags(ManagementMode.CommunityTrusteeship, null, new ManagingBody { Kind = ManagingBodyKind.PropertyManagementCommittee }, false, null, false));
        Assert.Empty(ManagementCheck.Flags(ManagementMode.CommunityTrusteeship, null, null, false, trust, false));
        Assert.Equal([ManagementFlag.TrusteeshipUnderOtherMode], ManagementCheck.Flags(ManagementMode.None, null, null, false, trust, false));
    }

    [Fact]
    public void Mode_4_and_the_live_package_disagree_when_the_estate_left_the_package_or_the_mode_moved_on()
    {
        // Taken out of its package (or the package dissolved): the mode stays 4 until the officer changes it, and says so.
        Assert.Equal([ManagementFlag.NotInPackage], ManagementCheck.Flags(ManagementMode.SubDistrictPackage, null, null, false, null, inLivePackage: false));
        Assert.Empty(ManagementCheck.Flags(ManagementMode.SubDistrictPackage, null, null, false, null, inLivePackage: true));
        // In a live package but a later return or edit moved the mode on.
        Assert.Equal([ManagementFlag.PackageUnderOtherMode], ManagementCheck.Flags(ManagementMode.None, null, null, false, null, inLivePackage: true));
        Assert.Equal([ManagementFlag.NoCurrentContract, ManagementFlag.PackageUnderOtherMode],
            ManagementCheck.Flags(ManagementMode.PropertyEnterprise, null, null, false, null, inLivePackage: true));
    }
}
