namespace DistrictPortal.Documents.Excel;

/// <summary>Excel's rules for sheet names: at most 31 characters, none of []:*?/\, no apostrophe at either end, not "History".</summary>
public static class SheetNames
{
    public const int MaxLength = 31;
    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    public static string Sanitise(string? name, string fallback = "数据")
    {
        var kept = new string((name ?? "").Where(c => !Forbidden.Contains(c) && !char.IsControl(c)).ToArray()).Trim().Trim('\'').Trim();
        if (kept.Length > MaxLength)
        {
            // Never cut a surrogate pair in half (rare CJK characters live outside the BMP).
            var cut = char.IsHighSurrogate(kept[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            kept = kept[..cut].TrimEnd().TrimEnd('\'');
        }
        if (kept.Length == 0)
            return fallback;
        return string.Equals(kept, "History", StringComparison.OrdinalIgnoreCase) ? kept + "_" : kept;
    }
}
