namespace DistrictPortal.Core.Enterprises;

/// <summary>
/// The rules on an estate's contracts (issue 20 item 1): which is current, which overlap, which end soon. An estate
/// "taken over by an enterprise" (mode 1) is one with a current contract; two contracts of one estate never cover the
/// same day (an estate has one manager at a time, and a renewal starts the day after the old term ends).
/// </summary>
public static class ContractRules
{
    /// <summary>The list of contracts ending soon looks this many days ahead.</summary>
    public const int EndingWithinDays = 90;

    public static bool IsCurrent(ServiceContract c, DateOnly today) => c.StartDate <= today && today <= c.LastDay;

    /// <summary>The estate's contract covering <paramref name="today"/>, or null (the overlap rule leaves at most one).</summary>
    public static ServiceContract? Current(IEnumerable<ServiceContract> contracts, DateOnly today) =>
        contracts.Where(c => IsCurrent(c, today)).OrderByDescending(c => c.StartDate).FirstOrDefault();

    public static bool Overlap(ServiceContract a, ServiceContract b) => a.StartDate <= b.LastDay && b.StartDate <= a.LastDay;

    /// <summary>
    /// Current contracts whose last day falls within <see cref="EndingWithinDays"/> days of <paramref name="today"/> and
    /// whose estate has no contract recorded to follow (a renewal or a new enterprise already signed needs no reminder),
    /// soonest first.
    /// </summary>
    public static IReadOnlyList<ServiceContract> EndingSoon(IEnumerable<ServiceContract> contracts, DateOnly today)
    {
        var all = contracts.ToList();
        var horizon = today.AddDays(EndingWithinDays);
        return all.Where(c => IsCurrent(c, today) && c.LastDay <= horizon)
            .Where(c => !all.Any(next => next.EstateId == c.EstateId && next.Id != c.Id && next.StartDate > c.LastDay))
            .OrderBy(c => c.LastDay).ThenBy(c => c.EstateName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>How many estates each enterprise manages today under a current contract, by enterprise id.</summary>
    public static IReadOnlyDictionary<long, int> CurrentCounts(IEnumerable<ServiceContract> contracts, DateOnly today) =>
        contracts.Where(c => IsCurrent(c, today)).GroupBy(c => c.EnterpriseId).ToDictionary(g => g.Key, g => g.Select(c => c.EstateId).Distinct().Count());

    /// <summary>Days from <paramref name="today"/> to the contract's last day (0 on the day itself).</summary>
    public static int DaysLeft(ServiceContract c, DateOnly today) => c.LastDay.DayNumber - today.DayNumber;
}
