using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Identity;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Identity;

/// <summary>The security stamp that ends sessions: stored with the account, replaced without making the user row stale.</summary>
public sealed class SecurityStampTests
{
    [DatabaseTheory, DatabaseData]
    public async Task A_new_account_has_a_stamp_of_its_own_even_when_none_was_given(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var given = SecurityStamp.New();

        var withStamp = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id, u => u.SecurityStamp = given), TestDatabase.Context());
        var without = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id, u => u.SecurityStamp = ""), TestDatabase.Context());

        Assert.Equal(given, (await db.Users.GetByIdAsync(withStamp))!.SecurityStamp);
        var generated = (await db.Users.GetByIdAsync(without))!.SecurityStamp;
        Assert.False(string.IsNullOrEmpty(generated));
        Assert.NotEqual(given, generated);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Replacing_the_stamp_keeps_the_version_and_writes_the_audit_given(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        var id = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id), context);
        var before = (await db.Users.GetByIdAsync(id))!;
        var stamp = SecurityStamp.New();

        await db.Users.UpdateSecurityStampAsync(id, stamp,
            new AuditDiff("User", id, TestDatabase.Context(context.AtUtc.AddSeconds(1))).Action(AuditActions.SignOut).Entries);

        var after = (await db.Users.GetByIdAsync(id))!;
        Assert.Equal(stamp, after.SecurityStamp);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.Equal(before.Version, after.Version);
        Assert.Contains(await db.Audit.ListForEntityAsync("User", id), e => e.Action == AuditActions.SignOut);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => db.Users.UpdateSecurityStampAsync(long.MaxValue, SecurityStamp.New(), []));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Update_stores_a_given_stamp_and_keeps_the_stamp_when_given_none(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var id = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id), TestDatabase.Context());
        var user = (await db.Users.GetByIdAsync(id))!;
        var original = user.SecurityStamp;

        user.DisplayName = "Renamed";
        user.SecurityStamp = "";
        await db.Users.UpdateAsync(user, []);
        var kept = (await db.Users.GetByIdAsync(id))!;
        Assert.Equal(original, kept.SecurityStamp);

        var replaced = SecurityStamp.New();
        kept.Role = Role.CommunityOfficer;
        kept.SecurityStamp = replaced;
        await db.Users.UpdateAsync(kept, []);
        Assert.Equal(replaced, (await db.Users.GetByIdAsync(id))!.SecurityStamp);
    }
}
