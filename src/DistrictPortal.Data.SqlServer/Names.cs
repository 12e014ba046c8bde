namespace DistrictPortal.Data.SqlServer;

/// <summary>Names as stored: trimmed, never blank (the same rule as the SQLite repositories).</summary>
internal static class Names
{
    public static string Clean(string? name, string parameter)
    {
        var trimmed = name?.Trim();
        return string.IsNullOrEmpty(trimmed)
            ? throw new ArgumentException("A name cannot be blank.", parameter)
            : trimmed;
    }
}
