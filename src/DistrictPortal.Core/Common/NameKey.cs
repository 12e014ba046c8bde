using System.Text;

namespace DistrictPortal.Core.Common;

/// <summary>
/// A name as both databases can agree on it: Unicode NFKC (full-width "１号院" becomes "1号院", compatibility forms
/// fold) and lower case (invariant). Sorting by this key, ordinal, then by id gives one order whatever a database's
/// collation would say (SQL Server's sorts Chinese by pinyin, SQLite's NOCASE by code point).
/// </summary>
public static class NameKey
{
    public static string Of(string? name)
    {
        var trimmed = (name ?? "").Trim();
        return (IsOwnFormKC(trimmed) ? trimmed : trimmed.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();
    }

    /// <summary>
    /// Plain ASCII and CJK unified ideographs (U+4E00–U+9FFF), which nearly every estate and community name is made of, are
    /// their own NFKC form: such a name skips ICU's normalisation, which a return page paid for every row of every return
    /// it read (issue 19). Anything else (full-width forms, compatibility ideographs) is normalised.
    /// </summary>
    public static bool IsOwnFormKC(string text)
    {
        foreach (var c in text)
            if (c >= '\u0080' && c is < '\u4E00' or > '\u9FFF')
                return false;
        return true;
    }

    /// <summary>Rows in name order (by <see cref="Of"/>, ordinal), ties by <paramref name="id"/>: the same on every database.</summary>
    public static List<T> Order<T>(IEnumerable<T> rows, Func<T, string?> name, Func<T, long> id) =>
        rows.OrderBy(r => Of(name(r)), StringComparer.Ordinal).ThenBy(id).ToList();
}
