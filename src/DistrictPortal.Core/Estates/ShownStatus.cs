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

    /// <summary>
    /// The modes whose estates show in place of <paramref name="status"/> by their mode (<see cref="ModeInsteadOf"/>): a
    /// registry filter on the status leaves them out, so the list it gives is what the status column shows.
    /// </summary>
    public static IReadOnlyList<ManagementMode> ModesShownInstead(ManagementStatus status) =>
        status == ManagementStatus.UnitSelfManaged ? [ManagementMode.CommitteeSelfManaged, ManagementMode.CommunityTrusteeship] : [];
}
