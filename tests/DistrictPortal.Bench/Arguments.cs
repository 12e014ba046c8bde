using System.Globalization;

namespace DistrictPortal.Bench;

/// <summary>"--name value" pairs; nothing more is needed for a tool that scripts/bench.sh drives.</summary>
internal sealed class Arguments(Dictionary<string, string> values)
{
    public static Arguments Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
                name = arg[2..];
            else if (name is not null)
            {
                values[name] = arg;
                name = null;
            }
        }
        return new Arguments(values);
    }

    public string Require(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

    public string? Get(string name, string? fallback) => values.GetValueOrDefault(name, fallback!);

    public int Int(string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}

/// <summary>
/// The figures of a run, one "key TAB value" line each, appended by every step to one file: the steps run as separate
/// processes, and the report reads them all at the end.
/// </summary>
internal sealed class Figures(string path)
{
    public void Add(string key, double value) => Add(key, value.ToString("0.###", CultureInfo.InvariantCulture));

    public void Add(string key, string value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.AppendAllText(path, $"{key}\t{value.Replace('\t', ' ').Replace('\n', ' ')}\n");
    }

    /// <summary>The last value written for each key.</summary>
    public IReadOnlyDictionary<string, string> Read() =>
        File.Exists(path)
            ? File.ReadAllLines(path).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2)
                .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Last()[1])
            : new Dictionary<string, string>();
}
