using DistrictPortal.Core.Committees;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Committees;

public enum CommitteeSort
{
    Due,
    Days,
    Estate,
    Community,
    Kind,
}

/// <summary>The overdue list's query string (shared by the page and its export): sub-district, kind, community, sort, desc, page.</summary>
public sealed class CommitteeListRequest
{
    /// <summary>Narrows a district's or the city's board to one of its sub-districts (as /estates does).</summary>
    [FromQuery(Name = "subDistrict")] public long? SubDistrict { get; set; }
    [FromQuery(Name = "kind")] public CommitteeAlertKind? Kind { get; set; }
    [FromQuery(Name = "community")] public long? Community { get; set; }
    [FromQuery(Name = "sort")] public CommitteeSort? Sort { get; set; }
    [FromQuery(Name = "desc")] public bool Desc { get; set; }
    [FromQuery(Name = "page")] public int Page { get; set; } = 1;

    public CommitteeAlertKind? ValidKind => Kind is { } k && Enum.IsDefined(k) ? k : null;
    public CommitteeSort ValidSort => Sort is { } s && Enum.IsDefined(s) ? s : CommitteeSort.Due;
    public bool HasFilters => SubDistrict is not null || ValidKind is not null || Community is not null;

    public string Link(Action<CommitteeListRequest>? change = null, string path = "/committees")
    {
        var r = (CommitteeListRequest)MemberwiseClone();
        change?.Invoke(r);
        var query = new QueryBuilder();
        if (r.SubDistrict is { } subDistrict) query.Add("subDistrict", subDistrict.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (r.ValidKind is { } kind) query.Add("kind", kind.ToString());
        if (r.Community is { } community) query.Add("community", community.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (r.Sort is { } sort) query.Add("sort", sort.ToString());
        if (r.Desc) query.Add("desc", "true");
        if (r.Page > 1) query.Add("page", r.Page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return path + query.ToQueryString();
    }

    public string SortLink(CommitteeSort column) =>
        Link(r => { r.Desc = r.ValidSort == column && !r.Desc; r.Sort = column; r.Page = 1; });

    public string PageLink(int page) => Link(r => r.Page = page);

    public string ExportLink => Link(r => r.Page = 1, "/committees/export.xlsx");
}
