namespace DistrictPortal.Core.LookBacks;

/// <summary>A struck-off estate with its look-back state today and its newest look-back.</summary>
public sealed record LookBackLine(StruckOffEstate Estate, LookBackState State, LookBack? Last);

/// <summary>The look-back figures of a node: provisional strike-offs (struck off, no look-back passed) and relapses (返潮: failed look-backs that put an estate back on the list).</summary>
public sealed record LookBackCounts(int Provisional, int Relapses)
{
    public static readonly LookBackCounts None = new(0, 0);
}

/// <summary>
/// The look-back list and counts of a scope, from the registry's struck-off estates and the look-backs (the two homes),
/// by <see cref="LookBackSchedule"/>'s rule. Live figures: the league and the briefing show them beside the frozen
/// ones, labelled live, and never score them.
/// </summary>
public static class LookBackBoard
{
    public static IReadOnlyList<LookBackLine> Lines(
        IReadOnlyList<StruckOffEstate> struckOff, IReadOnlyList<LookBack> lookBacks, DateOnly today, LookBackSettings settings)
    {
        ArgumentNullException.ThrowIfNull(struckOff);
        ArgumentNullException.ThrowIfNull(lookBacks);
        var byEstate = lookBacks.ToLookup(l => l.EstateId);
        return struckOff.Select(e =>
        {
            var own = byEstate[e.EstateId].ToList();
            var last = own.OrderByDescending(l => l.Date).ThenByDescending(l => l.Id).FirstOrDefault();
            return new LookBackLine(e, LookBackSchedule.For(e.StruckOffDate, own, today, settings), last);
        }).ToList();
    }

    /// <summary>Per sub-district id; a sub-district with neither has no entry.</summary>
    public static IReadOnlyDictionary<long, LookBackCounts> BySubDistrict(
        IReadOnlyList<StruckOffEstate> struckOff, IReadOnlyList<LookBack> lookBacks, DateOnly today, LookBackSettings settings)
    {
        var provisional = Lines(struckOff, lookBacks, today, settings).Where(l => l.State.IsProvisional)
            .GroupBy(l => l.Estate.SubDistrictId).ToDictionary(g => g.Key, g => g.Count());
        var relapses = lookBacks.Where(l => l.Relapsed).GroupBy(l => l.SubDistrictId).ToDictionary(g => g.Key, g => g.Count());
        return provisional.Keys.Union(relapses.Keys)
            .ToDictionary(id => id, id => new LookBackCounts(provisional.GetValueOrDefault(id), relapses.GetValueOrDefault(id)));
    }

    public static LookBackCounts Total(
        IReadOnlyList<StruckOffEstate> struckOff, IReadOnlyList<LookBack> lookBacks, DateOnly today, LookBackSettings settings) =>
        new(Lines(struckOff, lookBacks, today, settings).Count(l => l.State.IsProvisional), lookBacks.Count(l => l.Relapsed));
}
