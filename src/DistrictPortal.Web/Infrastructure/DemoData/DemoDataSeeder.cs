using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace DistrictPortal.Web.Infrastructure.DemoData;

/// <summary>
/// Seeds the demo hierarchy, registry and accounts into an empty database (no root node yet).
/// Estates are registered through Core's <see cref="EstateService"/>, as /estates/new and the import register them, so
/// demo data obeys every rule real data does and is audited the same way.
/// </summary>
public sealed class DemoDataSeeder(
    INodeRepository nodes,
    EstateService registry,
    Configuration.PortalClock clock,
    IUserRepository users,
    IPasswordHasher<User> hasher,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger,
    DemoCommittees demoCommittees,
    DemoReturnHistory returnHistory,
    DemoRetrofit retrofit,
    DemoGovernance governance,
    DemoInspections inspections,
    DemoEnterprises enterprises,
    DemoPackages demoPackages)
{
    private const int Seed = 20261126;

    public async Task<bool> SeedIfEmptyAsync()
    {
        if ((await nodes.GetRootsAsync()).Count > 0)
        {
            return false;
        }

        var context = new ChangeContext(0, "demo-seed", time.GetUtcNow().UtcDateTime);
        Task<Node> CreateNodeAsync(long? parentId, NodeLevel level, string name, ChangeContext context) =>
            nodes.CreateAsync(parentId, level, name, NodeAudit.Created(name, context));
        var factory = new DemoEstateFactory(Seed);
        async Task CreateEstateAsync(Estate estate)
        {
            var created = await registry.CreateAsync(estate, clock.CurrentYear, context);
            if (!created.Succeeded)
                throw new InvalidOperationException(
                    $"Demo estate {estate.Name} refused: {string.Join(", ", created.Errors.Select(e => $"{e.Field} {e.Code}"))}");
        }
        var city = await CreateNodeAsync(null, NodeLevel.City, DemoHierarchy.CityName, context);
        var district = await CreateNodeAsync(city.Id, NodeLevel.District, DemoHierarchy.DistrictName, context);
        var scopes = new Dictionary<string, long>
        {
            [DemoHierarchy.CityName] = city.Id,
            [DemoHierarchy.DistrictName] = district.Id,
        };

        var pailou = await CreateNodeAsync(district.Id, NodeLevel.SubDistrict, DemoHierarchy.PailouName, context);
        scopes[pailou.Name] = pailou.Id;
        foreach (var (communityName, total, one, two, three) in DemoHierarchy.PailouRegistry)
        {
            var community = await CreateNodeAsync(pailou.Id, NodeLevel.Community, communityName, context);
            scopes[communityName] = community.Id;
            var isPilot = DemoHierarchy.PilotCommunities.Contains(communityName);
            var classes = Enumerable.Repeat(EstateClass.One, one)
                .Concat(Enumerable.Repeat(EstateClass.Two, two))
                .Concat(Enumerable.Repeat(EstateClass.Three, three))
                .Concat(Enumerable.Repeat(EstateClass.Unclassified, total - one - two - three));
            foreach (var estateClass in classes)
            {
                await CreateEstateAsync(factory.Create(community.Id, communityName, estateClass, isPilot));
            }
        }

        var random = new Random(Seed);
        foreach (var generated in DemoHierarchy.GeneratedSubDistricts)
        {
            var subDistrict = await CreateNodeAsync(district.Id, NodeLevel.SubDistrict, generated.Name, context);
            scopes[generated.Name] = subDistrict.Id;
            var stem = generated.Name[..2];
            for (var c = 1; c <= generated.Communities; c++)
            {
                var communityName = $"{stem}第{c}社区（演示）";
                var community = await CreateNodeAsync(subDistrict.Id, NodeLevel.Community, communityName, context);
                for (var e = 0; e < generated.EstatesPerCommunity; e++)
                {
                    var estateClass = (EstateClass)random.Next(1, 4);
                    await CreateEstateAsync(factory.Create(community.Id, communityName, estateClass, isPilot: false));
                }
            }
        }

        // One hash for the shared demo password: hashing is deliberately slow, and every account uses the same one.
        var passwordHash = hasher.HashPassword(new User(), DemoAccounts.Password);
        foreach (var account in DemoAccounts.All)
        {
            var user = new User
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                Role = account.Role,
                ScopeNodeId = scopes[account.ScopeName],
                PasswordHash = passwordHash,
            };
            await users.CreateAsync(user, UserAudit.Created(user, context));
        }

        logger.LogInformation("Demo data seeded: {SubDistricts} sub-districts, {Accounts} accounts",
            1 + DemoHierarchy.GeneratedSubDistricts.Count, DemoAccounts.All.Count);
        // Committees first: the returns show the committee track's dates (their home) and freeze them at acceptance.
        await demoCommittees.SeedAsync();
        await returnHistory.SeedAsync();
        await retrofit.SeedAsync(city, district, context);
        await governance.SeedAsync(context);
        await enterprises.SeedAsync(context);
        await inspections.SeedAsync(context);
        await demoPackages.SeedAsync(context);
        return true;
    }
}
