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

    /// <summary>The registry filter's choice an estate is under: the name its status column shows (<see cref="ModeInsteadOf"/>).</summary>
    public static StatusChoice ChoiceOf(ManagementStatus status, ManagementMode mode) => ModeInsteadOf(status, mode) switch
    {
        ManagementMode.CommitteeSelfManaged => StatusChoice.CommitteeSelfManaged,
        ManagementMode.CommunityTrusteeship => StatusChoice.CommunityTrusteeship,
        _ => (StatusChoice)(int)status,
    };

    /// <summary>
    /// What a choice asks of the registry: the stored status, and the modes left out. A mode shown instead of 单位自管 is
    /// asked for as 单位自管 with every other mode left out, so the databases' existing status and left-out-modes filter
    /// answers it (no query of its own to keep alike on both).
    /// </summary>
    public static (ManagementStatus Status, IReadOnlyList<ManagementMode> ExceptModes) Filter(StatusChoice choice) => choice switch
    {
        StatusChoice.CommitteeSelfManaged or StatusChoice.CommunityTrusteeship =>
            (ManagementStatus.UnitSelfManaged, Enum.GetValues<ManagementMode>().Where(m => m != ModeOf(choice)).ToList()),
        _ => ((ManagementStatus)(int)choice, ModesShownInstead((ManagementStatus)(int)choice)),
    };

    /// <summary>The mode a choice shows in place of 单位自管, null for a choice that is a status.</summary>
    public static ManagementMode? ModeOf(StatusChoice choice) => choice switch
    {
        StatusChoice.CommitteeSelfManaged => ManagementMode.CommitteeSelfManaged,
        StatusChoice.CommunityTrusteeship => ManagementMode.CommunityTrusteeship,
        _ => null,
    };
}

/// <summary>
/// The registry's status filter (/estates?status=): one choice for each name the status column shows, so every estate is
/// under exactly one. The first four are the statuses (same numbers and names, so older links still work); the last two
/// the modes shown in place of 单位自管 (<see cref="ShownStatus"/>): 业委会/物管会自管 and 社区托管.
/// </summary>
public enum StatusChoice
{
    Professional = ManagementStatus.Professional,
    UnitSelfManaged = ManagementStatus.UnitSelfManaged,
    Unmanaged = ManagementStatus.Unmanaged,
    AffordableHousing = ManagementStatus.AffordableHousing,
    CommitteeSelfManaged = 5,
    CommunityTrusteeship = 6,
}
