using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Returns;

/// <summary>
/// A return accepted again (更正) after its row for an estate was un-struck: the strike-off that return made is
/// withdrawn and the registry takes back the status and mode it had before, read from the estate's audit trail (the
/// strike-off wrote them there, old and new, in one batch). Only when that strike-off is still the newest change of the
/// estate's status or mode: a later edit by hand, or a strike-off by another return, is left alone.
/// </summary>
public static class StrikeOffWithdrawal
{
    /// <summary>Estates whose registry says managed: only they can hold a strike-off to withdraw.</summary>
    public static bool MayHoldStrikeOff(Estate estate) => estate.Status != ManagementStatus.Unmanaged;

    /// <param name="estate">The estate as the registry has it now, whose row the restated return no longer strikes off.</param>
    /// <param name="weeklyReturnId">The restated return.</param>
    /// <param name="trail">The estate's audit trail, newest first (as <see cref="IAuditRepository.ListForEntityAsync"/> gives it).</param>
    /// <returns>The registry change that puts the estate back, or null when there is nothing of this return's to undo.</returns>
    public static EstateStrikeOff? For(Estate estate, long weeklyReturnId, IReadOnlyList<AuditEntry> trail)
    {
        var newest = trail.FirstOrDefault(e => e.Action is AuditActions.StrikeOff or AuditActions.StrikeOffWithdrawn || IsRegistryField(e));
        if (newest is not { Action: AuditActions.StrikeOff } || newest.NewValue != weeklyReturnId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            return null;
        // The strike-off's own batch: the same write (time and user) on the same estate.
        var batch = trail.Where(e => e.AtUtc == newest.AtUtc && e.UserId == newest.UserId && IsRegistryField(e)).ToList();
        // A strike-off always changes the status (an unmanaged estate leaves the list); the mode it may have had already.
        if (Old<ManagementStatus>(batch, nameof(Estate.Status)) is not { } status)
            return null;
        var mode = Old<ManagementMode>(batch, nameof(Estate.Mode)) ?? estate.Mode;
        return new EstateStrikeOff(estate.Id, mode, weeklyReturnId, status);
    }

    private static bool IsRegistryField(AuditEntry e) =>
        e.Action == AuditActions.Update && e.Field is nameof(Estate.Status) or nameof(Estate.Mode);

    private static T? Old<T>(IReadOnlyList<AuditEntry> batch, string field) where T : struct, Enum =>
        batch.FirstOrDefault(e => e.Field == field) is { } entry && Enum.TryParse<T>(entry.OldValue, out var value) ? value : null;
}
