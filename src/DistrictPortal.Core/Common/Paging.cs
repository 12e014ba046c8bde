namespace DistrictPortal.Core.Common;

/// <summary>
/// Bounds of every paged list. SQL Server computes the rows to skip as <c>(@Page - 1) * @PageSize</c> in INT, so
/// <c>?page=3000000</c> would overflow it (issue 18): the page is clamped so that the product always fits, on both
/// databases and for lists paged in memory alike.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    /// <summary>The last page that can be asked for: (MaxPage - 1) × MaxPageSize still fits an INT.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    public static int Page(int page) => Math.Clamp(page, 1, MaxPage);

    public static int PageSize(int pageSize) => pageSize <= 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize);
}
