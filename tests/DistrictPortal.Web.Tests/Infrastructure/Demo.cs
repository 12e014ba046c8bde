using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Infrastructure;

/// <summary>Finds demo nodes and estates by name through the portal's own repositories.</summary>
public static class Demo
{
    /// <summary>The name audit entries give a demo account's changes: the person's display name, not the login.</summary>
    public static string Operator(string userName) =>
        Web.Infrastructure.DemoData.DemoAccounts.All.Single(a => a.UserName == userName).DisplayName;

    public static async Task<Node> NodeAsync(PortalFactory factory, NodeLevel level, string name)
    {
        var nodes = factory.Services.GetRequiredService<INodeRepository>();
        var root = Assert.Single(await nodes.GetRootsAsync());
        return Assert.Single(await nodes.ListByLevelAsync(root.Path, level, includeRetired: true), n => n.Name == name);
    }

    public static async Task<IReadOnlyList<Node>> ChildrenAsync(PortalFactory factory, NodeLevel level, string name) =>
        await factory.Services.GetRequiredService<INodeRepository>().GetChildrenAsync((await NodeAsync(factory, level, name)).Id);

    public static async Task<Estate> FirstEstateAsync(PortalFactory factory, NodeLevel level, string name)
    {
        var scope = await NodeAsync(factory, level, name);
        var estates = factory.Services.GetRequiredService<IEstateRepository>();
        var page = await estates.SearchAsync(new EstateQuery { ScopePath = scope.Path, PageSize = 1 });
        return (await estates.GetByIdAsync(Assert.Single(page.Items).Id))!;
    }

    public static Task<Estate?> ReloadAsync(PortalFactory factory, long id) =>
        factory.Services.GetRequiredService<IEstateRepository>().GetByIdAsync(id);

    /// <summary>The edit form's fields for <paramref name="estate"/> as the page would post them.</summary>
    public static List<KeyValuePair<string, string>> EditFields(Estate estate)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Version", estate.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Name", estate.Name),
            new("Address", estate.Address ?? ""),
            new("YearBuilt", estate.YearBuilt?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            new("IsCompleteSet", estate.IsCompleteSet ? "true" : "false"),
            new("Buildings", estate.Buildings.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Households", estate.Households.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("FloorArea", estate.FloorArea.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("ManagementRoomArea", estate.ManagementRoomArea?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            new("IsManagementRoomInterim", estate.IsManagementRoomInterim ? "true" : "false"),
            new("Class", estate.Class.ToString()),
            new("Status", estate.Status.ToString()),
            new("Mode", estate.Mode.ToString()),
            new("IsPilot", estate.IsPilot ? "true" : "false"),
            new("IsBenchmark", estate.IsBenchmark ? "true" : "false"),
        };
        foreach (var have in Enum.GetValues<SixHaves>().Where(h => h is not SixHaves.None and not SixHaves.All && estate.SixHaves.HasFlag(h)))
            fields.Add(new("SixHaves", have.ToString()));
        foreach (var have in Enum.GetValues<EightHaves>().Where(h => h is not EightHaves.None and not EightHaves.All && estate.EightHaves.HasFlag(h)))
            fields.Add(new("EightHaves", have.ToString()));
        return fields;
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
        return fields;
    }
}
