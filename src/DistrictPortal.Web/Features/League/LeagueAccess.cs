using System.Globalization;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.Jobs;
using DistrictPortal.Web.Infrastructure.Security;

namespace DistrictPortal.Web.Features.League;

/// <summary>
/// Who sees which league (P11: the leading group publishes the rankings). Everyone reads the table of the district
/// their scope lies in; a leading-group or owners' committee member sees only the lines of its own scope. Drilling to estates, and a
/// sub-district's own page, stay inside the scope: a sub-district officer opens its own sub-district only, and
/// any other sub-district's page answers 404.
/// </summary>
public sealed class LeagueAccess(CurrentUser me, INodeRepository nodes)
{
    private Task<IReadOnlyList<Node>>? _districts;

    /// <summary>Districts under the scope (a city-wide admin's), or else the one district the scope lies in; read once a request.</summary>
    public Task<IReadOnlyList<Node>> DistrictsAsync() => _districts ??= ReadDistrictsAsync();

    private async Task<IReadOnlyList<Node>> ReadDistrictsAsync()
    {
        var under = await nodes.ListByLevelAsync(me.ScopePath, NodeLevel.District);
        if (under.Count > 0)
            return under;
        var ids = string.IsNullOrEmpty(me.ScopePath) ? [] : Scope.Ids(me.ScopePath);
        return ids.Count > 1 && await nodes.GetByIdAsync(ids[1]) is { Level: NodeLevel.District } district ? [district] : [];
    }

    /// <summary>The district asked for (one of <see cref="DistrictsAsync"/>), or the first; null when it is not the user's.</summary>
    public async Task<Node?> DistrictAsync(long? districtId)
    {
        var districts = await DistrictsAsync();
        return districtId is { } id ? districts.FirstOrDefault(d => d.Id == id) : districts.FirstOrDefault();
    }

    /// <summary>The estates of a node may be listed: it lies inside the user's scope.</summary>
    public bool CanDrill(string nodePath) => Scope.Contains(me.ScopePath, nodePath);

    /// <summary>A sub-district's page: inside the scope, or the scope lies inside it (a community officer's own sub-district).</summary>
    public bool CanOpen(string subDistrictPath) => Scope.Contains(me.ScopePath, subDistrictPath) || Scope.Contains(subDistrictPath, me.ScopePath);

    /// <summary>A line of the district table is shown: to everyone but a leading-group or owners' committee member, whose view is its scope.</summary>
    public bool Shows(string subDistrictPath) => !Permissions.IsReadOnlyMember(me.Role) || CanOpen(subDistrictPath);

    /// <summary>A table as this user sees it: everything above depends on the role and the scope only.</summary>
    public string ViewKey(LeagueWeekTable table) =>
        string.Create(CultureInfo.InvariantCulture, $"{table.District.Id}|{table.Generation}|{me.Role}|{me.ScopePath}");

    /// <summary>The path of a child node from its parent's path (paths are the ids from the root).</summary>
    public static string ChildPath(string subDistrictPath, long communityId) =>
        subDistrictPath + communityId.ToString(CultureInfo.InvariantCulture) + "/";

    public static bool CanSeeDashboard(Role role) => role is Role.Admin or Role.BureauReviewer;

    /// <summary>The last closed week: the one before the week in progress.</summary>
    public static DateOnly DefaultWeek(DateTime nowUtc) => CampaignDirectory.WeekEndingAt(nowUtc).AddDays(-7);

    /// <summary>"yyyy-MM-dd" of any day → its reporting week (the Friday ending it); null when unreadable or in the future.</summary>
    public static DateOnly? ParseWeek(string? value, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(value))
            return DefaultWeek(nowUtc);
        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return null;
        var week = ReportingCalendar.WeekEnding(day);
        return week > CampaignDirectory.WeekEndingAt(nowUtc) ? null : week;
    }
}
