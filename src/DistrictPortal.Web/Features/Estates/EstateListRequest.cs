using DistrictPortal.Core.Estates;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Estates;

/// <summary>
/// The registry's query string (stable, so a filtered list can be bookmarked or sent):
/// q, subDistrict, community, class, status, sixHaves (complete|incomplete), sort, desc, page.
/// </summary>
public sealed class EstateListRequest
{
    public const string SixHavesComplete = "complete";
    public const string SixHavesIncomplete = "incomplete";

    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "subDistrict")] public long? SubDistrict { get; set; }
    [FromQuery(Name = "community")] public long? Community { get; set; }
    [FromQuery(Name = "class")] public EstateClass? Class { get; set; }
    /// <summary>The status as the column shows it (Core's <see cref="StatusChoice"/>): every estate is under exactly one.</summary>
    [FromQuery(Name = "status")] public StatusChoice? Status { get; set; }
    [FromQuery(Name = "sixHaves")] public string? SixHaves { get; set; }
    [FromQuery(Name = "sort")] public EstateSort? Sort { get; set; }
    [FromQuery(Name = "desc")] public bool Desc { get; set; }
    [FromQuery(Name = "page")] public int Page { get; set; } = 1;

    public EstateQuery ToQuery(string scopePath, int pageSize)
    {
        // 单位自管 lists only what the status column shows as 单位自管; 业委会/物管会自管 and 社区托管 list the estates shown by
        // that mode (Core's ShownStatus.Filter).
        var (status, exceptModes) = Status is { } choice && Enum.IsDefined(choice)
            ? ShownStatus.Filter(choice)
            : ((ManagementStatus?)null, (IReadOnlyList<ManagementMode>)[]);
        return new()
        {
            ScopePath = scopePath,
            Text = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
            CommunityId = Community,
            Class = Class is { } c && Enum.IsDefined(c) ? c : null,
            Status = status,
            ExceptModes = exceptModes,
            SixHavesComplete = SixHaves switch
            {
                SixHavesComplete => true,
                SixHavesIncomplete => false,
                _ => null,
            },
            Sort = Sort is { } sort && Enum.IsDefined(sort) ? sort : EstateSort.Name,
            Descending = Desc,
            Page = Math.Max(1, Page),
            PageSize = pageSize,
        };
    }

    public bool HasFilters =>
        !string.IsNullOrWhiteSpace(Q) || SubDistrict is not null || Community is not null || Class is not null || Status is not null || !string.IsNullOrEmpty(SixHaves);

    /// <summary>The list's URL with this request's parameters, changed by <paramref name="change"/>.</summary>
    public string Link(Action<EstateListRequest>? change = null)
    {
        var r = (EstateListRequest)MemberwiseClone();
        change?.Invoke(r);
        var query = new QueryBuilder();
        if (!string.IsNullOrWhiteSpace(r.Q)) query.Add("q", r.Q.Trim());
        if (r.SubDistrict is { } subDistrict) query.Add("subDistrict", subDistrict.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (r.Community is { } community) query.Add("community", community.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (r.Class is { } estateClass) query.Add("class", estateClass.ToString());
        if (r.Status is { } status) query.Add("status", status.ToString());
        if (!string.IsNullOrEmpty(r.SixHaves)) query.Add("sixHaves", r.SixHaves);
        if (r.Sort is { } sort) query.Add("sort", sort.ToString());
        if (r.Desc) query.Add("desc", "true");
        if (r.Page > 1) query.Add("page", r.Page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/estates" + query.ToQueryString();
    }

    /// <summary>A column header's link: sorts by that column, or reverses the order when it already does.</summary>
    public string SortLink(EstateSort column) => Link(r =>
    {
        r.Desc = (r.Sort ?? EstateSort.Name) == column && !r.Desc;
        r.Sort = column;
        r.Page = 1;
    });

    public string PageLink(int page) => Link(r => r.Page = page);
}
