using DistrictPortal.Core.Enterprises;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Management;

/// <summary>Where the registry's management mode and its recorded detail disagree.</summary>
public enum ManagementFlag
{
    /// <summary>Mode 1 (物业企业接管) but no contract covers today.</summary>
    NoCurrentContract = 1,
    /// <summary>A contract covers today but the mode is neither 1 nor 4 (a package's enterprise is the package's).</summary>
    ContractUnderOtherMode,
    /// <summary>Mode 2 but no managing body recorded.</summary>
    NoManagingBody,
    /// <summary>A managing body recorded but the mode is not 2.</summary>
    BodyUnderOtherMode,
    /// <summary>A 业委会 body but the estate has no current committee term.</summary>
    BodyWithoutCommittee,
    /// <summary>Mode 3 but no trusteeship recorded.</summary>
    NoTrusteeship,
    /// <summary>A trusteeship recorded but the mode is not 3.</summary>
    TrusteeshipUnderOtherMode,
    /// <summary>Mode 4 but the estate is in no live package (taken out or dissolved: the mode is not put back by itself).</summary>
    NotInPackage,
    /// <summary>In a live package but the mode is not 4 (joining sets it; a later return or edit moved it on).</summary>
    PackageUnderOtherMode,
}

/// <summary>
/// One home per fact (issue 20): the estate's management mode is the registry's (set by an accepted return, and mode 4 by
/// joining a package, <see cref="Packages.PackageJoin"/>); a contract, a
/// managing body and a trusteeship are the detail of a mode, recorded on /contracts/{estateId}. Neither writes the other,
/// so they can disagree for a while (a contract signed before the return that reports it is accepted; a return that moved
/// the mode on). This says where, so the page shows it instead of the portal quietly keeping two answers.
/// </summary>
public static class ManagementCheck
{
    public static IReadOnlyList<ManagementFlag> Flags(
        ManagementMode mode, ServiceContract? currentContract, ManagingBody? body, bool hasCurrentCommittee, Trusteeship? trusteeship,
        bool inLivePackage)
    {
        var flags = new List<ManagementFlag>();
        if (mode == ManagementMode.PropertyEnterprise && currentContract is null)
            flags.Add(ManagementFlag.NoCurrentContract);
        if (currentContract is not null && mode is not (ManagementMode.PropertyEnterprise or ManagementMode.SubDistrictPackage))
            flags.Add(ManagementFlag.ContractUnderOtherMode);
        if (mode == ManagementMode.CommitteeSelfManaged && body is null)
            flags.Add(ManagementFlag.NoManagingBody);
        if (body is not null && mode != ManagementMode.CommitteeSelfManaged)
            flags.Add(ManagementFlag.BodyUnderOtherMode);
        if (body is { Kind: ManagingBodyKind.OwnersCommittee } && !hasCurrentCommittee)
            flags.Add(ManagementFlag.BodyWithoutCommittee);
        if (mode == ManagementMode.CommunityTrusteeship && trusteeship is null)
            flags.Add(ManagementFlag.NoTrusteeship);
        if (trusteeship is not null && mode != ManagementMode.CommunityTrusteeship)
            flags.Add(ManagementFlag.TrusteeshipUnderOtherMode);
        if (mode == ManagementMode.SubDistrictPackage && !inLivePackage)
            flags.Add(ManagementFlag.NotInPackage);
        if (inLivePackage && mode != ManagementMode.SubDistrictPackage)
            flags.Add(ManagementFlag.PackageUnderOtherMode);
        return flags;
    }
}
