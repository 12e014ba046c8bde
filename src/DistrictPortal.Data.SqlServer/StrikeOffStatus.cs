using DistrictPortal.Core.Estates;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// The registry status an estate takes when an accepted return strikes it off in a mode (P11's four ways):
/// a property service enterprise (1) or a tendered sub-district package (4) is professional management; the
/// owners' or property-management committee (2) or community trusteeship (3) manages it itself. Not in Core yet,
/// so each data project keeps this same table (the SQLite twin must agree).
/// </summary>
internal static class StrikeOffStatus
{
    public static ManagementStatus For(ManagementMode mode) => mode switch
    {
        ManagementMode.PropertyEnterprise or ManagementMode.SubDistrictPackage => ManagementStatus.Professional,
        ManagementMode.CommitteeSelfManaged or ManagementMode.CommunityTrusteeship => ManagementStatus.UnitSelfManaged,
        _ => throw new ArgumentException($"An estate is struck off in one of the four modes, not {mode}.", nameof(mode)),
    };
}
