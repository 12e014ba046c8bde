using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Enterprises;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Enterprises;

/// <summary>The enterprise register (issue 20) on every database: create, read back, unique code, versioned edit, audit.</summary>
public sealed class EnterpriseRepositoryTests
{
    private static readonly ChangeContext Officer = new(1, "牌楼街道报送员", new DateTime(2026, 12, 6, 2, 0, 0, DateTimeKind.Utc));

    [DatabaseTheory, DatabaseData]
    public async Task An_enterprise_is_stored_read_back_by_id_and_code_and_listed(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var service = new EnterpriseService(db.Enterprises);
        var code = TestCreditCodes.New();
        var name = TestDatabase.Unique("城投物业");

        var id = (await service.CreateAsync(new EnterpriseInput(name, code.ToLowerInvariant(), true, "王经理", "0571-87654321"), Officer)).Value;

        var stored = (await db.Enterprises.GetAsync(id))!;
        Assert.Equal((name, code, true, "王经理", "0571-87654321"), (stored.Name, stored.CreditCode, stored.IsStateOwned, stored.ContactName, stored.ContactPhone));
        Assert.Equal(id, (await db.Enterprises.GetByCreditCodeAsync(code))!.Id);
        Assert.Contains(await db.Enterprises.ListAsync(), e => e.Id == id && e.Version == stored.Version);
        Assert.Null(await db.Enterprises.GetAsync(-1));
        Assert.Equal(3, (await db.Audit.ListForEntityAsync(AuditEntities.Enterprise, id)).Count(a => a.Action == AuditActions.Create));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_code_twice_is_refused_by_the_unique_key_and_writes_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var code = TestCreditCodes.New();
        await db.Enterprises.CreateAsync(new Enterprise { Name = TestDatabase.Unique("甲物业"), CreditCode = code }, []);
        var before = (await db.Enterprises.ListAsync()).Count;

        // Core's check was raced: the database keeps one row per code, in any case.
        await Assert.ThrowsAsync<DuplicateNameException>(() =>
            db.Enterprises.CreateAsync(new Enterprise { Name = TestDatabase.Unique("乙物业"), CreditCode = code.ToLowerInvariant() }, []));

        Assert.Equal(before, (await db.Enterprises.ListAsync()).Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task An_edit_is_written_with_its_audit_once_and_a_stale_version_changes_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var service = new EnterpriseService(db.Enterprises);
        var name = TestDatabase.Unique("西湖物业");
        var id = (await service.CreateAsync(new EnterpriseInput(name, TestCreditCodes.New(), false, null, null), Officer)).Value;
        var read = (await db.Enterprises.GetAsync(id))!;

        Assert.True((await service.UpdateAsync(id, new EnterpriseInput(name, read.CreditCode, true, "李四", null), read.Version, Officer)).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            db.Enterprises.UpdateAsync(new Enterprise { Id = id, Name = "过时的修改", CreditCode = read.CreditCode, Version = read.Version }, []));

        var after = (await db.Enterprises.GetAsync(id))!;
        Assert.Equal((name, true, "李四"), (after.Name, after.IsStateOwned, after.ContactName));
        Assert.NotEqual(read.Version, after.Version);
        var updates = (await db.Audit.ListForEntityAsync(AuditEntities.Enterprise, id)).Where(a => a.Action == AuditActions.Update).ToList();
        Assert.Equal([nameof(Enterprise.ContactName), nameof(Enterprise.IsStateOwned)], updates.Select(a => a.Field).Order(StringComparer.Ordinal));
    }
}
