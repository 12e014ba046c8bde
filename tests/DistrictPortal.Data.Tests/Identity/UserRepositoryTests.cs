using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Identity;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Identity;

public sealed class UserRepositoryTests
{
    [DatabaseTheory, DatabaseData]
    public async Task Create_then_find_by_id_and_by_name_in_any_case(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var written = TestTree.NewUser(tree.SubDistrictA.Id, u => u.Role = Role.BureauReviewer);

        var id = await db.Users.CreateAsync(written, TestDatabase.Context());

        var byId = (await db.Users.GetByIdAsync(id))!;
        var byName = (await db.Users.GetByUserNameAsync(written.UserName.ToUpperInvariant()))!;
        Assert.Equal(id, byName.Id);
        Assert.Equal(
            (written.UserName, written.DisplayName, written.PasswordHash, Role.BureauReviewer, written.Email, false, 0, (DateTime?)null),
            (byId.UserName, byId.DisplayName, byId.PasswordHash, byId.Role, byId.Email, byId.IsDisabled, byId.FailedSignIns, byId.LockoutEndUtc));
        Assert.Equal((tree.SubDistrictA.Id, tree.SubDistrictA.Path, tree.SubDistrictA.Name),
            (byId.ScopeNodeId, byId.ScopePath, byId.ScopeName));
        Assert.Null(await db.Users.GetByUserNameAsync(TestDatabase.Unique("nobody")));
        Assert.Null(await db.Users.GetByIdAsync(long.MaxValue));
        Assert.Equal(AuditActions.Create, Assert.Single(await db.Audit.ListForEntityAsync("User", id)).Action);
    }

    [DatabaseTheory, DatabaseData]
    public async Task User_names_are_unique_regardless_of_case(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var first = TestTree.NewUser(tree.SubDistrictA.Id);
        await db.Users.CreateAsync(first, TestDatabase.Context());

        var duplicate = await Assert.ThrowsAsync<DuplicateNameException>(() =>
            db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictB.Id, u => u.UserName = first.UserName.ToUpperInvariant()), TestDatabase.Context()));

        Assert.Equal(nameof(User.UserName), duplicate.Field);
        Assert.Empty(await db.Users.ListAsync(tree.SubDistrictB.Path));
    }

    [DatabaseTheory, DatabaseData]
    public async Task List_holds_the_users_under_a_scope_ordered_by_name(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        var prefix = TestDatabase.Unique("u").Replace(' ', '-');
        var zed = await db.Users.CreateAsync(TestTree.NewUser(tree.CommunityA1.Id, u => u.UserName = prefix + "-zed"), context);
        var amy = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id, u => u.UserName = prefix + "-amy"), context);
        var other = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictB.Id), context);

        Assert.Equal([amy, zed], (await db.Users.ListAsync(tree.SubDistrictA.Path)).Select(u => u.Id));
        Assert.Equal([other], (await db.Users.ListAsync(tree.SubDistrictB.Path)).Select(u => u.Id));
        Assert.Equal(3, (await db.Users.ListAsync(tree.District.Path)).Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Update_is_version_checked_audited_and_keeps_the_password_unless_given(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        var id = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id), context);
        var user = (await db.Users.GetByIdAsync(id))!;
        var staleVersion = user.Version;

        user.DisplayName = "Renamed Officer";
        user.Role = Role.CommunityOfficer;
        user.ScopeNodeId = tree.CommunityA1.Id;
        user.IsDisabled = true;
        user.PasswordHash = "";
        var audit = new AuditDiff("User", id, TestDatabase.Context(context.AtUtc.AddSeconds(1))).Field(nameof(User.DisplayName), "Test Officer", "Renamed Officer").Entries;
        await db.Users.UpdateAsync(user, audit);

        var read = (await db.Users.GetByIdAsync(id))!;
        Assert.Equal(("Renamed Officer", Role.CommunityOfficer, tree.CommunityA1.Id, true, "hash-v1"),
            (read.DisplayName, read.Role, read.ScopeNodeId, read.IsDisabled, read.PasswordHash));
        Assert.NotEqual(staleVersion, read.Version);
        Assert.Equal("Renamed Officer", (await db.Audit.ListForEntityAsync("User", id))[0].NewValue);

        read.PasswordHash = "hash-v2";
        await db.Users.UpdateAsync(read, []);
        Assert.Equal("hash-v2", (await db.Users.GetByIdAsync(id))!.PasswordHash);

        read.DisplayName = "Lost Update";
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Users.UpdateAsync(read, audit));
        Assert.Equal("Renamed Officer", (await db.Users.GetByIdAsync(id))!.DisplayName);
        Assert.Equal(2, (await db.Audit.ListForEntityAsync("User", id)).Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Update_refuses_a_user_name_another_user_has(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var taken = TestTree.NewUser(tree.SubDistrictA.Id);
        await db.Users.CreateAsync(taken, TestDatabase.Context());
        var id = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id), TestDatabase.Context());
        var user = (await db.Users.GetByIdAsync(id))!;
        var ownName = user.UserName;
        user.UserName = taken.UserName.ToUpperInvariant();

        await Assert.ThrowsAsync<DuplicateNameException>(() => db.Users.UpdateAsync(user, []));

        Assert.Equal(ownName, (await db.Users.GetByIdAsync(id))!.UserName);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Failed_sign_ins_count_up_and_lock_the_account_at_the_policy_limit(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var id = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id), TestDatabase.Context());
        var version = (await db.Users.GetByIdAsync(id))!.Version;
        var now = new DateTime(2026, 3, 6, 9, 0, 0, DateTimeKind.Utc);

        var counts = new List<int>();
        for (var attempt = 1; attempt <= SignInPolicy.MaxFailures; attempt++)
        {
            counts.Add(await db.Users.RecordFailedSignInAsync(id, SignInPolicy.LockoutAfterFailure(attempt, now), TestDatabase.Context(now)));
        }

        Assert.Equal([1, 2, 3, 4, 5], counts);
        var locked = (await db.Users.GetByIdAsync(id))!;
        Assert.Equal(SignInPolicy.MaxFailures, locked.FailedSignIns);
        Assert.Equal(now + SignInPolicy.LockoutDuration, locked.LockoutEndUtc);
        Assert.Equal(DateTimeKind.Utc, locked.LockoutEndUtc!.Value.Kind);
        Assert.True(SignInPolicy.IsLockedOut(locked, now.AddMinutes(1)));
        // Sign-in bookkeeping is not an edit: an admin's open form must not conflict because of it.
        Assert.Equal(version, locked.Version);
        Assert.Contains(await db.Audit.ListForEntityAsync("User", id), e => e.Action == AuditActions.LockOut);
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_successful_sign_in_clears_failures_and_stores_a_rehash(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var id = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id), TestDatabase.Context());
        await db.Users.RecordFailedSignInAsync(id, null, TestDatabase.Context());
        await db.Users.RecordFailedSignInAsync(id, DateTime.UtcNow.AddMinutes(-1), TestDatabase.Context());

        await db.Users.RecordSignInAsync(id, null, TestDatabase.Context());
        var cleared = (await db.Users.GetByIdAsync(id))!;
        await db.Users.RecordSignInAsync(id, "hash-rehashed", TestDatabase.Context());

        Assert.Equal((0, (DateTime?)null, "hash-v1"), (cleared.FailedSignIns, cleared.LockoutEndUtc, cleared.PasswordHash));
        Assert.Equal("hash-rehashed", (await db.Users.GetByIdAsync(id))!.PasswordHash);
        Assert.Equal(1, await db.Users.RecordFailedSignInAsync(id, null, TestDatabase.Context()));
    }

    /// <summary>
    /// One behaviour on both databases: a sign-in that stores a re-hashed password changes the user row, so its
    /// version moves (SQL Server's ROWVERSION cannot do otherwise); a plain sign-in leaves the version alone.
    /// </summary>
    [DatabaseTheory, DatabaseData]
    public async Task Only_a_sign_in_that_stores_a_rehash_moves_the_version(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var id = await db.Users.CreateAsync(TestTree.NewUser(tree.SubDistrictA.Id), TestDatabase.Context());
        var created = (await db.Users.GetByIdAsync(id))!.Version;

        await db.Users.RecordSignInAsync(id, null, TestDatabase.Context());
        var plain = (await db.Users.GetByIdAsync(id))!.Version;
        await db.Users.RecordSignInAsync(id, "hash-rehashed", TestDatabase.Context());

        Assert.Equal(created, plain);
        Assert.NotEqual(plain, (await db.Users.GetByIdAsync(id))!.Version);
    }
}
