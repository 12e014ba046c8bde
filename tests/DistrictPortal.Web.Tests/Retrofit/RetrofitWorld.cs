using System.Globalization;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Retrofit;

/// <summary>The demo's retrofit data as the tests read it: the repository, this year, the progress lines of a page.</summary>
internal static class RetrofitWorld
{
    public const string Nanan = "南岸街道（演示）";
    public const string Donghu = "东湖街道（演示）";

    public static IRetrofitRepository Repository(PortalFactory factory) => factory.Services.GetRequiredService<IRetrofitRepository>();

    public static DateOnly Today(PortalFactory factory) =>
        DateOnly.FromDateTime(factory.Services.GetRequiredService<PortalClock>().LocalNow.DateTime);

    public static int Year(PortalFactory factory) => Today(factory).Year;

    public static decimal Dec(string? text) => decimal.Parse(text!, CultureInfo.InvariantCulture);

    /// <summary>The progress lines of a /retrofit page by name: target, accepted, projected ("" when none), behind.</summary>
    public static Dictionary<string, (decimal Target, decimal Accepted, string Projected, bool Behind)> Lines(string html) =>
        Html.OpeningTags(html, "progress-line").ToDictionary(
            t => Html.Attribute(t, "data-name")!,
            t => (Dec(Html.Attribute(t, "data-target")), Dec(Html.Attribute(t, "data-accepted")),
                  Html.Attribute(t, "data-projected")!, Html.Attribute(t, "data-behind") == "true"));

    public static async Task<RetrofitProject> FirstProjectAsync(PortalFactory factory, string subDistrict, RetrofitStatus? status = null)
    {
        var node = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, subDistrict);
        return (await Repository(factory).ListProjectsAsync(node.Path)).First(p => status is null || p.Status == status);
    }

    public static List<KeyValuePair<string, string>> Fields(long estateId, string name, string area, string status = "InWorks", string? started = null) =>
    [
        new("EstateId", estateId.ToString(CultureInfo.InvariantCulture)),
        new("Name", name),
        new("WorkItems", "Enclosure"),
        new("WorkItems", "FireFacilities"),
        new("Area", area),
        new("Status", status),
        new("StartedDate", started ?? ""),
        new("CompletedDate", ""),
        new("MergedEstateIds", ""),
        new("Version", "0"),
    ];
}
