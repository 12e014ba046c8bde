namespace DistrictPortal.Core.Retrofit;

/// <summary>
/// P8 老旧住宅小区物业管理提升工程: "20XX年完成100万平方米,20XX年完成500万平方米,20xx年完成400万平方米,累计完成1000万平方米",
/// across the five city districts (上城区, 下城区, 江干区, 拱墅区, 西湖区). Whole m²; progress counts only works
/// completed and accepted (竣工并接收), against the cumulative target.
/// </summary>
public static class ProgrammeTargets
{
    public static IReadOnlyList<long> YearlyArea { get; } = [1_000_000, 5_000_000, 4_000_000];
    public const long TotalArea = 10_000_000;

    public static IReadOnlyList<string> Districts { get; } = ["上城区", "下城区", "江干区", "拱墅区", "西湖区"];

    /// <summary>The cumulative target at the end of programme year <paramref name="year"/> (1-based): 1, 6, 10 million m².</summary>
    public static long CumulativeArea(int year) =>
        year < 1 ? 0 : YearlyArea.Take(Math.Min(year, YearlyArea.Count)).Sum();
}

/// <summary>
/// Splits a whole-m² target among child nodes so the parts add up to the target exactly (largest remainder,
/// Hamilton's method): each child gets the floor of its share; the m² left over go one each to the children with
/// the largest fractional remainders, ties to the earlier child in the list.
/// </summary>
public static class TargetSplitter
{
    /// <summary>Equal shares: 10,000,000 among 3 → 3,333,334 / 3,333,333 / 3,333,333.</summary>
    public static IReadOnlyList<long> Split(long total, int children) =>
        children <= 0
            ? throw new ArgumentOutOfRangeException(nameof(children), "At least one child is needed.")
            : Split(total, Enumerable.Repeat(1m, children).ToArray());

    /// <summary>Shares in proportion to <paramref name="weights"/> (households, floor area, buildings…).</summary>
    public static IReadOnlyList<long> Split(long total, IReadOnlyList<decimal> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (weights.Count == 0 || weights.Any(w => w < 0) || weights.Sum() <= 0)
            throw new ArgumentException("Weights must be non-negative with a positive sum.", nameof(weights));

        var sum = weights.Sum();
        var parts = new long[weights.Count];
        var remainders = new decimal[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            // Integer part and remainder from whole-number arithmetic where the weights are whole (the usual case),
            // so no rounding of total × weight ÷ sum can move a square metre.
            var quota = total * weights[i] / sum;
            parts[i] = (long)Math.Floor(quota);
            remainders[i] = total * weights[i] - parts[i] * sum;
        }
        var left = total - parts.Sum();
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)left))
            parts[i]++;
        return parts;
    }
}
