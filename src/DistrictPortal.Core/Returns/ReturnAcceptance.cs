using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Returns;

/// <summary>The registry writes of one acceptance and their audit, both decided here so the repositories only store them.</summary>
public sealed record RegistryWrites(IReadOnlyList<RegistryUpdate> Updates, IReadOnlyList<AuditEntry> Audit)
{
    public static readonly RegistryWrites None = new([], []);
}

/// <summary>
/// What an accepted return changes in the registry, the home of mode, six haves and the strike-off (README, "Where
/// each fact lives"), in the same transaction as the acceptance:
/// - a row struck off that the registry has not struck off: the estate leaves the list (status from the mode, P11),
///   with the row's mode, six haves and date, and an entry naming the return (<see cref="AuditActions.StrikeOff"/>);
/// - a row struck off on another date than the registry's (a restatement correcting it): the date;
/// - a withdrawal (<see cref="StrikeOffWithdrawal"/>): the status and mode restored, the date cleared;
/// - when the return is the sub-district's newest accepted week, every row's mode and six haves, which the officer saw
///   pre-filled from the registry and may have changed. An older week's restatement touches only strike-offs, so it
///   never puts back the mode or six haves of weeks since.
/// An estate whose registry already says all this gets nothing, not even an audit entry.
/// </summary>
public static class ReturnAcceptance
{
    /// <summary>
    /// What an acceptance's write needs, whichever database stores it (<see cref="IWeeklyReturnRepository.AcceptAsync"/>):
    /// the return, its snapshot, the registry updates and the audit, none missing. One check, so both stores refuse alike.
    /// </summary>
    public static void RequireWrite(
        WeeklyReturn weeklyReturn, ReturnSnapshot snapshot, IReadOnlyList<RegistryUpdate> registry, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(weeklyReturn);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(audit);
    }

    public static RegistryWrites Decide(
        WeeklyReturn accepted, IReadOnlyDictionary<long, RegistryFacts> registry, IReadOnlyList<EstateStrikeOff> withdrawals,
        bool isNewestWeek, ChangeContext reviewer)
    {
        var updates = new List<RegistryUpdate>();
        var audit = new List<AuditEntry>();
        var withdrawn = withdrawals.ToDictionary(w => w.EstateId);
        foreach (var row in accepted.Rows)
        {
            if (!registry.TryGetValue(row.EstateId, out var before))
                continue;
            var (status, mode, sixHaves, date, action) = (before.Status, before.Mode, before.SixHaves, before.StruckOffDate, (string?)null);
            if (isNewestWeek)
                (mode, sixHaves) = (row.Mode, row.SixHaves);
            if (row.IsStruckOff && !before.IsStruckOff)
                (status, mode, sixHaves, date, action) = (StrikeOffStatus.For(row.Mode), row.Mode, row.SixHaves, row.StruckOffDate, AuditActions.StrikeOff);
            else if (row.IsStruckOff)
                date = row.StruckOffDate;
            else if (withdrawn.TryGetValue(row.EstateId, out var withdrawal))
                (status, mode, date, action) = (withdrawal.Status, withdrawal.Mode, null, AuditActions.StrikeOffWithdrawn);

            var diff = new AuditDiff(EstateAudit.EntityType, row.EstateId, reviewer)
                .Field(nameof(Estate.Status), before.Status, status)
                .Field(nameof(Estate.Mode), before.Mode, mode)
                .Field(nameof(Estate.SixHaves), before.SixHaves, sixHaves)
                .Field(nameof(RegistryFacts.StruckOffDate), before.StruckOffDate, date);
            if (diff.Entries.Count == 0)
                continue;
            if (action is not null)
                diff.Action(action, nameof(EstateStrikeOff.WeeklyReturnId), null, accepted.Id.ToString(CultureInfo.InvariantCulture));
            updates.Add(new RegistryUpdate(row.EstateId, status, mode, sixHaves, date));
            audit.AddRange(diff.Entries);
        }
        return new RegistryWrites(updates, audit);
    }
}
