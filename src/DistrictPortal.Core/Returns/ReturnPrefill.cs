using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Committees;

namespace DistrictPortal.Core.Returns;

/// <summary>
/// How a return's rows are filled from the facts' homes (README, "Where each fact lives"):
/// mode, six haves and the strike-off from the registry (<see cref="RegistryFacts"/>); the consultation, owners'
/// meeting and committee dates from the estate's committee track, where they are typed (/committees/{estateId}); only
/// the return's own facts (contract signed, blockers, help asked) carry forward from the last accepted row. A
/// restatement accepted for an older week has already reached the registry, so the next week cannot undo it.
/// </summary>
public static class ReturnPrefill
{
    public static ReturnRow NewRow(
        long estateId, string estateName, int households, RegistryFacts? registry, CommitteeTrack? track, ReturnRow? lastAccepted)
    {
        var row = new ReturnRow
        {
            EstateId = estateId,
            EstateName = estateName,
            Households = households,
            ContractSignedDate = lastAccepted?.ContractSignedDate,
            Blockers = lastAccepted?.Blockers,
            HelpAsked = lastAccepted?.HelpAsked,
        };
        if (registry is not null)
        {
            row.Mode = registry.Mode;
            row.SixHaves = registry.SixHaves;
            row.IsStruckOff = registry.IsStruckOff;
            row.StruckOffDate = registry.StruckOffDate;
        }
        ShowTrack(row, track);
        return row;
    }

    /// <summary>
    /// The committee track's milestones on the row, as they stand: the return shows them, it does not keep its own.
    /// With <paramref name="asOf"/>, a date after that day was not yet known then and is left out.
    /// </summary>
    public static void ShowTrack(ReturnRow row, CommitteeTrack? track, DateOnly? asOf = null)
    {
        row.ConsultationDate = Known(track?.ConsultationDate, asOf);
        row.OwnersMeetingDate = Known(track?.OwnersMeetingDate, asOf);
        row.CommitteeElectedDate = Known(track?.CommitteeElectedDate, asOf);
    }

    private static DateOnly? Known(DateOnly? date, DateOnly? asOf) => date is { } d && (asOf is null || d <= asOf) ? date : null;

    /// <summary>
    /// A saved draft's row that states a strike-off from before its week which the registry no longer holds (the estate
    /// relapsed after a failed look-back, 返潮, or the strike-off was withdrawn): the row follows the registry, so the
    /// next acceptance cannot strike the estate off again with the old date. Strike-offs dated in the week are the
    /// return's own and stay, unless a relapse came on or after their date (<paramref name="relapsedOn"/>, the day of the
    /// estate's latest failed look-back): a reopened return of the very week of the strike-off still holds the strike-off
    /// the look-back undid, and re-accepting it must not strike the estate off again. A strike-off typed after the relapse
    /// (dated later than it) is a new one and stays.
    /// </summary>
    public static void FollowRelapse(ReturnRow row, RegistryFacts? registry, DateOnly weekEnding, DateOnly? relapsedOn = null)
    {
        if (registry is null || registry.IsStruckOff || !row.IsStruckOff || row.StruckOffDate is not { } date)
            return;
        var undone = date < ReportingCalendar.WeekStart(weekEnding) || (relapsedOn is { } relapse && date <= relapse);
        if (!undone)
            return;
        row.IsStruckOff = false;
        row.StruckOffDate = null;
        row.Mode = registry.Mode;
        row.SixHaves = registry.SixHaves;
    }

    /// <summary>
    /// The estates whose stored row states a strike-off the registry does not hold: the only ones
    /// <see cref="FollowRelapse"/> needs the relapses of, so a return's page reads look-backs only for them.
    /// </summary>
    public static IReadOnlyList<long> StrikeOffsNotHeld(WeeklyReturn? stored, IReadOnlyDictionary<long, RegistryFacts> registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return stored?.Rows.Where(r => r.IsStruckOff && registry.TryGetValue(r.EstateId, out var facts) && !facts.IsStruckOff)
            .Select(r => r.EstateId).ToList() ?? [];
    }

    /// <summary>The day of the estate's latest relapse (a failed look-back that put it back on the list), if any.</summary>
    public static DateOnly? LatestRelapse(IEnumerable<LookBacks.LookBack> lookBacks) =>
        lookBacks.Where(l => l.Relapsed).Select(l => (DateOnly?)l.Date).Max();

    /// <summary>
    /// The strike-offs that bind a return of <paramref name="weekEnding"/>: those the registry holds dated before the
    /// week began. They stand (struck off once, on that date); correcting one means reopening the return of its week.
    /// Strike-offs dated in this week or later are the return's own to restate.
    /// </summary>
    public static IReadOnlyDictionary<long, ReturnRow> StandingStrikeOffs(IEnumerable<RegistryFacts> registry, DateOnly weekEnding)
    {
        var weekStart = ReportingCalendar.WeekStart(weekEnding);
        return registry
            .Where(f => f.StruckOffDate is { } d && d < weekStart)
            .ToDictionary(f => f.EstateId, f => new ReturnRow
            {
                EstateId = f.EstateId,
                Mode = f.Mode,
                SixHaves = f.SixHaves,
                IsStruckOff = true,
                StruckOffDate = f.StruckOffDate,
            });
    }
}
