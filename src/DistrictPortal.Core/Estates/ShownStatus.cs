namespace DistrictPortal.Core.Estates;

/// <summary>
/// 单位自管 names an estate its work unit manages (glossary). <see cref="StrikeOffStatus"/> stores an estate struck off
/// to its owners' committee or to the community as <see cref="ManagementStatus.UnitSelfManaged"/> (there is no status of
/// its own for those), so pages and exports show such an estate by its mode instead: 业委会/物管会自管 or 社区托管.
/// </summary>
public static class ShownStatus
{
    /// <summary>The mode to show in place of the status, or null when the status itself is the right name.</summary>
    public static ManagementMode? ModeInsteadOf(ManagementStatus status, ManagementMode mode) =>
        status == ManagementStatus.UnitSelfManaged && mode is ManagementMode.CommitteeSelfManaged or ManagementMode.CommunityTrusteeship
            ? mode
            : null;
}
