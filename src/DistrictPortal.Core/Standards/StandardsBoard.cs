namespace DistrictPortal.Core.Standards;

/// <summary>
/// 全部达标率 of a group of estates: of the live estates inspected at least once, how many met every applicable
/// standard at their newest inspection. Percentage points to one decimal, null when none was inspected.
/// </summary>
public sealed record StandardsShare(int Inspected, int MeetingAll)
{
    public static readonly StandardsShare None = new(0, 0);

    public decimal? Percent => Inspected <= 0 ? null : Math.Round(MeetingAll * 100m / Inspected, 1, MidpointRounding.AwayFromZero);
}

/// <summary>How one standard fared in a group: the estates whose newest inspection measured it, and those that met it.</summary>
public sealed record StandardTally(long StandardId, int Measured, int Met);

/// <summary>One group of estates (a sub-district, an enterprise, a package): its share and each standard's tally.</summary>
public sealed record StandardsGroupLine(long Key, string Name, StandardsShare Share, IReadOnlyList<StandardTally> Tallies);

/// <summary>
/// Which standards are met, by estate and by any grouping of estates, always from each estate's newest inspection (the
/// verdicts stored with it). The one definition of the share the league, the sub-district's briefing and /inspections
/// show (<see cref="Share"/>, <see cref="ShareBySubDistrict"/>): shown, never scored.
/// </summary>
public static class StandardsBoard
{
    /// <summary>The share over every estate's newest inspection given (one per estate, as <see cref="IInspectionRepository.ListLatestInScopeAsync"/> reads them).</summary>
    public static StandardsShare Share(IEnumerable<Inspection> latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        var inspected = 0;
        var meeting = 0;
        foreach (var i in latest.DistinctBy(i => i.EstateId))
        {
            inspected++;
            meeting += i.MeetsAll ? 1 : 0;
        }
        return new StandardsShare(inspected, meeting);
    }

    public static IReadOnlyDictionary<long, StandardsShare> ShareBySubDistrict(IEnumerable<Inspection> latest)
    {
        ArgumentNullException.ThrowIfNull(latest);
        return latest.GroupBy(i => i.SubDistrictId).ToDictionary(g => g.Key, Share);
    }

    /// <summary>
    /// The groups <paramref name="groupOf"/> puts the estates in (null: in none), in the order first met, each with its share
    /// and, per standard of <paramref name="standards"/>, how many newest inspections measured and met it.
    /// </summary>
    public static IReadOnlyList<StandardsGroupLine> ByGroup(
        IReadOnlyList<Inspection> latest, IEnumerable<InspectionValue> values, IReadOnlyList<ServiceStandard> standards,
        Func<Inspection, (long Key, string Name)?> groupOf)
    {
        ArgumentNullException.ThrowIfNull(groupOf);
        var byInspection = values.ToLookup(v => v.InspectionId);
        return latest
            .Select(i => (Inspection: i, Group: groupOf(i)))
            .Where(x => x.Group is not null)
            .GroupBy(x => x.Group!.Value.Key)
            .Select(g =>
            {
                var members = g.Select(x => x.Inspection).ToList();
                var measured = members.SelectMany(i => byInspection[i.Id]).ToList();
                var tallies = standards.Select(s => new StandardTally(s.Id,
                    measured.Count(v => v.StandardId == s.Id), measured.Count(v => v.StandardId == s.Id && v.Met))).ToList();
                return new StandardsGroupLine(g.Key, g.First().Group!.Value.Name, Share(members), tallies);
            })
            .ToList();
    }

    /// <summary>By sub-district, the grouping every inspection has.</summary>
    public static IReadOnlyList<StandardsGroupLine> BySubDistrict(
        IReadOnlyList<Inspection> latest, IEnumerable<InspectionValue> values, IReadOnlyList<ServiceStandard> standards) =>
        ByGroup(latest, values, standards, i => (i.SubDistrictId, i.SubDistrictName));
}
