namespace DistrictPortal.Web.Features.League;

/// <summary>
/// Which rows of a ranked table a page shows. A district of 200 sub-districts is four screens of rows, so the page
/// shows 50 at a time (the export and "show all" have every row). Without a page asked for, a user whose own line is in
/// the table (a sub-district officer) starts on the page that holds it, anyone else on the first.
/// </summary>
public sealed record LeaguePaging(int Page, int PageCount, int Total, bool All)
{
    public const int PageSize = 50;

    /// <summary>1-based position of the first row shown, 0 when there are none.</summary>
    public int From => Total == 0 ? 0 : All ? 1 : (Page - 1) * PageSize + 1;

    /// <summary>1-based position of the last row shown.</summary>
    public int To => All ? Total : Math.Min(Page * PageSize, Total);

    public bool HasPrevious => !All && Page > 1;
    public bool HasNext => !All && Page < PageCount;

    /// <param name="total">Rows in the table.</param>
    /// <param name="page">The page asked for (clamped into range), or null.</param>
    /// <param name="all">Every row on one page.</param>
    /// <param name="own">The position (0-based) of the user's own line, if it is in the table.</param>
    public static LeaguePaging For(int total, int? page, bool all, int? own)
    {
        var count = Math.Max(1, (total + PageSize - 1) / PageSize);
        var chosen = page ?? (own is { } i ? i / PageSize + 1 : 1);
        return new LeaguePaging(Math.Clamp(chosen, 1, count), count, total, all);
    }

    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> rows) => rows.Skip(From == 0 ? 0 : From - 1).Take(To - From + 1).ToList();
}
