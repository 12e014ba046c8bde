namespace DistrictPortal.Core.Estates;

/// <summary>
/// The registry status an estate takes when an accepted return strikes it off in a mode (P11's four ways).
/// ManagementStatus has no "committee-managed" or "community-managed" value, so the nearest ones are used:
/// a property service enterprise (1) or a tendered sub-district package (4) is professional management (专业物业);
/// the owners' or property-management committee (2) or community trusteeship (3) manages without an enterprise,
/// which the registry calls self-managed (单位自管). The mode itself is stored beside it, so nothing is lost.
/// Both data projects apply this one table, so SQLite and SQL Server cannot disagree.
/// </summary>
public static class StrikeOffStatus
{
    public static ManagementStatus For(ManagementMode mode) => mode switch
    {
        ManagementMode.PropertyEnterprise or ManagementMode.SubDistrictPackage => ManagementStatus.Professional,
        ManagementMode.CommitteeSelfManaged or ManagementMode.CommunityTrusteeship => ManagementStatus.UnitSelfManaged,
        _ => throw new ArgumentException($"An estate is struck off in one of the four modes, not {mode}.", nameof(mode)),
    };
}
