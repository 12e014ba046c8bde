namespace DistrictPortal.Documents.Excel;

/// <summary>
/// "{scope}_{what}_{yyyy-MM-dd}.xlsx", e.g. 牌楼街道_小区台账_2026-11-26.xlsx. Characters that Windows refuses in file
/// names are removed (the server may be Linux, the person saving the download is not).
/// </summary>
public static class ExportFileName
{
    private static readonly char[] Invalid = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    public static string For(string scope, string what, DateOnly date, string extension = ".xlsx") =>
        $"{Clean(scope)}_{Clean(what)}_{date:yyyy-MM-dd}{extension}";

    public static string Clean(string part)
    {
        var kept = new string(part.Where(c => !Invalid.Contains(c) && !char.IsControl(c)).ToArray());
        // Spaces inside names survive a download badly; trailing dots and spaces are stripped by Windows anyway.
        kept = string.Concat(kept.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.');
        return kept.Length == 0 ? "导出" : kept;
    }
}
