namespace DistrictPortal.Data.Sqlite;

/// <summary>Parameter values that stand in for SQL patterns, built here so no value is ever spliced into SQL text.</summary>
internal static class SqlFragments
{
    /// <summary>
    /// The half-open range [from, to) of every path that starts with <paramref name="scopePath"/>:
    /// the same rows as <c>Path LIKE @ScopePath || '%'</c>, but it uses the Path indexes and no value
    /// can act as a wildcard. An empty scope matches nothing, as <see cref="Core.Hierarchy.Scope.Contains"/> says.
    /// </summary>
    public static (string From, string To) ScopeRange(string? scopePath)
    {
        if (string.IsNullOrEmpty(scopePath))
        {
            return ("", "");
        }
        var last = scopePath[^1];
        return (scopePath, scopePath[..^1] + (char)(last + 1));
    }

    /// <summary>"%text%" for <c>LIKE ... ESCAPE '\'</c>, with the caller's own % and _ taken literally; null when there is no text.</summary>
    public static string? ContainsPattern(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var escaped = text.Trim()
            .Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
        return "%" + escaped + "%";
    }
}
