using System.Text;

namespace DistrictPortal.Core.Common;

/// <summary>
/// A name as both databases can agree on it: Unicode NFKC (full-width "１号院" becomes "1号院", compatibility forms
/// fold) and lower case (invariant). Sorting by this key, ordinal, then by id gives one order whatever a database's
/// collation would say (SQL Server's sorts Chinese by pinyin, SQLite's NOCASE by code point).
/// </summary>
public static class NameKey
{
    public static string Of(string? name) =>
        (name ?? "").Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>Rows in name order (by <see cref="Of"/>, ordinal), ties by <paramref name="id"/>: the same on every database.</summary>
    public static List<T> Order<T>(IEnumerable<T> rows, Func<T, string?> name, Func<T, long> id) =>
        rows.OrderBy(r => Of(name(r)), StringComparer.Ordinal).ThenBy(id).ToList();
}
