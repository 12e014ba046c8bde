namespace DistrictPortal.Bench.Load;

/// <summary>Latencies in milliseconds and their nearest-rank percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> values = [];

    public int Count => values.Count;

    public void Add(double milliseconds)
    {
        lock (values)
            values.Add(milliseconds);
    }

    public void AddRange(IEnumerable<double> milliseconds)
    {
        lock (values)
            values.AddRange(milliseconds);
    }

    /// <summary>Nearest rank: the smallest value with at least <paramref name="percent"/>% of the values at or below it.</summary>
    public double Percentile(double percent)
    {
        lock (values)
        {
            if (values.Count == 0)
                return double.NaN;
            var sorted = values.Order().ToList();
            var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
        }
    }

    public double Max()
    {
        lock (values)
            return values.Count == 0 ? double.NaN : values.Max();
    }
}
