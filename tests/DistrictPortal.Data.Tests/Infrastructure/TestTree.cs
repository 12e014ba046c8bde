using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Data.Tests.Infrastructure;

/// <summary>
/// A small hierarchy of this test's own: one city and district, two sub-districts with two communities
/// each. Unique names keep tests apart on a shared database.
/// </summary>
public sealed record TestTree(
    Node City, Node District,
    Node SubDistrictA, Node CommunityA1, Node CommunityA2,
    Node SubDistrictB, Node CommunityB1, Node CommunityB2)
{
    public static async Task<TestTree> CreateAsync(TestDatabase db)
    {
        var nodes = db.Nodes;
        var context = TestDatabase.Context();
        var city = await nodes.CreateAsync(null, NodeLevel.City, TestDatabase.Unique("City"), context);
        var district = await nodes.CreateAsync(city.Id, NodeLevel.District, TestDatabase.Unique("District"), context);
        var a = await nodes.CreateAsync(district.Id, NodeLevel.SubDistrict, TestDatabase.Unique("Sub A"), context);
        var b = await nodes.CreateAsync(district.Id, NodeLevel.SubDistrict, TestDatabase.Unique("Sub B"), context);
        return new TestTree(
            city, district,
            a,
            await nodes.CreateAsync(a.Id, NodeLevel.Community, "Community A1", context),
            await nodes.CreateAsync(a.Id, NodeLevel.Community, "Community A2", context),
            b,
            await nodes.CreateAsync(b.Id, NodeLevel.Community, "Community B1", context),
            await nodes.CreateAsync(b.Id, NodeLevel.Community, "Community B2", context));
    }

    /// <summary>A valid estate record under <paramref name="community"/>; tests change what they look at.</summary>
    public static Estate NewEstate(Node community, string name, Action<Estate>? change = null)
    {
        var estate = new Estate
        {
            CommunityId = community.Id,
            Name = name,
            Address = $"{name} Road 1",
            YearBuilt = 1995,
            IsCompleteSet = true,
            Buildings = 4,
            Households = 120,
            FloorArea = 8000.50m,
            ManagementRoomArea = 40.25m,
            Class = EstateClass.Two,
            Status = ManagementStatus.Unmanaged,
            Mode = ManagementMode.None,
            SixHaves = SixHaves.Cleaning | SixHaves.Security,
            EightHaves = EightHaves.None,
        };
        change?.Invoke(estate);
        return estate;
    }

    public static async Task<Estate> AddEstateAsync(TestDatabase db, Node community, string name, Action<Estate>? change = null)
    {
        var id = await db.Estates.CreateAsync(NewEstate(community, name, change), TestDatabase.Context());
        return (await db.Estates.GetByIdAsync(id))!;
    }

    /// <summary>A user with a unique name, scoped to <paramref name="scopeNodeId"/>.</summary>
    public static User NewUser(long scopeNodeId, Action<User>? change = null)
    {
        var user = new User
        {
            UserName = TestDatabase.Unique("user").Replace(' ', '.'),
            DisplayName = "Test Officer",
            PasswordHash = "hash-v1",
            Role = Role.SubDistrictOfficer,
            ScopeNodeId = scopeNodeId,
            Email = "officer@example.test",
        };
        change?.Invoke(user);
        return user;
    }
}
