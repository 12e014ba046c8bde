using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Web.Infrastructure.Jobs;

/// <summary>Who hears about a sub-district's return: its own officers, and the admins whose scope contains it. Disabled accounts hear nothing.</summary>
public sealed class Recipients
{
    private readonly IReadOnlyList<User> _users;

    private Recipients(IReadOnlyList<User> users) => _users = users;

    public static async Task<Recipients> LoadAsync(IUserRepository users, INodeRepository nodes)
    {
        var all = new List<User>();
        foreach (var root in await nodes.GetRootsAsync())
            all.AddRange(await users.ListAsync(root.Path));
        return new Recipients(all.Where(u => !u.IsDisabled).ToList());
    }

    public IReadOnlyList<User> OfficersOf(Node subDistrict) =>
        _users.Where(u => u.Role == Role.SubDistrictOfficer && u.ScopeNodeId == subDistrict.Id).ToList();

    public IReadOnlyList<User> AdminsOver(Node subDistrict) =>
        _users.Where(u => u.Role == Role.Admin && Scope.Contains(u.ScopePath, subDistrict.Path)).ToList();

    public IReadOnlyList<User> OfficersAndAdmins(Node subDistrict) => [.. OfficersOf(subDistrict), .. AdminsOver(subDistrict)];
}
