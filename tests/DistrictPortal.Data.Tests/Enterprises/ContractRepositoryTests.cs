using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Enterprises;
using DistrictPortal.Core.Management;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Enterprises;

/// <summary>Contracts, managing bodies and trusteeships (issue 20 items 1-3) on every database: stored, read by estate, enterprise and scope, versioned, audited.</summary>
public sealed class ContractRepositoryTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly ChangeContext Officer = new(1, "牌楼街道报送员", new DateTime(2026, 12, 6, 2, 0, 0, DateTimeKind.Utc));

    [DatabaseTheory, DatabaseData]
    public async Task A_contract_is_stored_read_back_in_scope_refused_when_it_overlaps_and_ended_once(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Contract Court");
        var enterprise = (await new EnterpriseService(db.Enterprises).CreateAsync(
            new EnterpriseInput(TestDatabase.Unique("国有物业"), TestCreditCodes.New(), true, null, null), Officer)).Value;
        var service = new ContractService(db.Contracts, db.Enterprises, db.Estates);
        var input = new ContractInput(enterprise, new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 31), 1.35m, ServiceLevel.Two, new DateOnly(2025, 12, 20));

        var id = (await service.AddAsync(estate.Id, input, Today, Officer)).Value;

        var stored = (await db.Contracts.GetAsync(id))!;
        Assert.Equal((estate.Id, enterprise, new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 31), 1.35m, ServiceLevel.Two, new DateOnly(2025, 12, 20), (DateOnly?)null),
            (stored.EstateId, stored.EnterpriseId, stored.StartDate, stored.EndDate, stored.FeePerSquareMetre, stored.Level, stored.SignedOn, stored.EndedOn));
        Assert.Equal(("Contract Court", tree.SubDistrictA.Id, tree.SubDistrictA.Name, true, DateTimeKind.Utc),
            (stored.EstateName, stored.SubDistrictId, stored.SubDistrictName, stored.IsStateOwned, stored.CreatedUtc.Kind));
        Assert.Equal([id], (await db.Contracts.ListForEstateAsync(estate.Id)).Select(c => c.Id));
        Assert.Equal([id], (await db.Contracts.ListForEnterpriseAsync(enterprise, tree.SubDistrictA.Path)).Select(c => c.Id));
        Assert.Empty(await db.Contracts.ListForEnterpriseAsync(enterprise, tree.SubDistrictB.Path));
        Assert.Equal([id], (await db.Contracts.ListInScopeAsync(tree.CommunityA1.Path)).Select(c => c.Id));
        Assert.Empty(await db.Contracts.ListInScopeAsync(tree.CommunityA2.Path));
        Assert.Empty(await db.Contracts.ListInScopeAsync(""));

        var overlapping = await service.AddAsync(estate.Id, input with { StartDate = new DateOnly(2027, 1, 31), EndDate = new DateOnly(2029, 1, 31) }, Today, Officer);
        Assert.Equal([ValidationCodes.ContractOverlaps], overlapping.Errors.Select(e => e.Code));

        Assert.True((await service.EndAsync(id, new DateOnly(2026, 12, 31), stored.Version, Officer)).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.EndAsync(id, new DateOnly(2026, 12, 30), stored.Version, Officer));
        Assert.Equal(new DateOnly(2026, 12, 31), (await db.Contracts.GetAsync(id))!.LastDay);
        // Ended early, the contract no longer covers 2027: the renewal from then on fits.
        Assert.True((await service.AddAsync(estate.Id, input with { StartDate = new DateOnly(2027, 1, 1), EndDate = new DateOnly(2029, 12, 31) }, Today, Officer)).Succeeded);
        var audit = await db.Audit.ListForEntityAsync(AuditEntities.ServiceContract, id);
        Assert.Equal(["2026-12-31"], audit.Where(a => a.Field == nameof(ServiceContract.EndedOn)).Select(a => a.NewValue));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_contract_on_no_estate_is_refused_by_the_keys_and_writes_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var enterprise = await db.Enterprises.CreateAsync(new Enterprise { Name = TestDatabase.Unique("物业"), CreditCode = TestCreditCodes.New() }, []);
        var contract = new ServiceContract
        {
            EstateId = -5, EnterpriseId = enterprise, StartDate = Today, EndDate = Today.AddYears(1), FeePerSquareMetre = 1m, Level = ServiceLevel.One,
            SignedOn = Today, CreatedUtc = Officer.AtUtc, CreatedByName = Officer.UserName,
        };

        await Assert.ThrowsAsync<ArgumentException>(() => db.Contracts.CreateAsync(contract, []));
        Assert.Empty(await db.Contracts.ListForEstateAsync(-5));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_managing_body_and_a_trusteeship_are_saved_whole_replaced_at_their_version_and_audited(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Self Court");
        var service = new ManagementService(db.Management, db.Estates, db.Nodes, db.Committees);
        BodyMember M(string name, string role) => new() { Name = name, Role = role };

        Assert.True((await service.SaveBodyAsync(estate.Id, ManagingBodyKind.PropertyManagementCommittee, new DateOnly(2026, 6, 1),
            [M("张三", "主任"), M("李四", "委员"), M("王五", "社区代表")], 0, Today, Officer)).Succeeded);
        var body = (await db.Management.GetBodyAsync(estate.Id))!;
        Assert.Equal((ManagingBodyKind.PropertyManagementCommittee, new DateOnly(2026, 6, 1)), (body.Kind, body.SinceDate));
        Assert.Equal([(1, "张三", "主任"), (2, "李四", "委员"), (3, "王五", "社区代表")], body.Members.Select(m => (m.Position, m.Name, m.Role)));

        Assert.True((await service.SaveBodyAsync(estate.Id, ManagingBodyKind.PropertyManagementCommittee, new DateOnly(2026, 6, 1),
            [M("张三", "主任"), M("赵六", "委员")], body.Version, Today, Officer)).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.SaveBodyAsync(estate.Id, ManagingBodyKind.PropertyManagementCommittee,
            new DateOnly(2026, 6, 1), [M("过时", "委员")], body.Version, Today, Officer));
        Assert.Equal(["张三", "赵六"], (await db.Management.GetBodyAsync(estate.Id))!.Members.Select(m => m.Name));
        Assert.Null(await db.Management.GetBodyAsync(tree.CommunityA2.Id));

        Assert.True((await service.SaveTrusteeshipAsync(estate.Id, tree.CommunityA2.Id, TrusteeshipServices.Cleaning | TrusteeshipServices.Security,
            new DateOnly(2026, 9, 1), "小区公共收益", 0, Today, Officer)).Succeeded);
        var trusteeship = (await db.Management.GetTrusteeshipAsync(estate.Id))!;
        Assert.Equal((tree.CommunityA2.Id, "Community A2", TrusteeshipServices.Cleaning | TrusteeshipServices.Security, "小区公共收益", DateTimeKind.Utc),
            (trusteeship.CommunityId, trusteeship.CommunityName, trusteeship.Services, trusteeship.Funding, trusteeship.RecordedUtc.Kind));
        Assert.Equal([ValidationCodes.NotInSubDistrict], (await service.SaveTrusteeshipAsync(estate.Id, tree.CommunityB1.Id, TrusteeshipServices.Cleaning,
            new DateOnly(2026, 9, 1), null, trusteeship.Version, Today, Officer)).Errors.Select(e => e.Code));
        Assert.True((await service.SaveTrusteeshipAsync(estate.Id, tree.CommunityA1.Id, TrusteeshipServices.Cleaning,
            new DateOnly(2026, 9, 1), null, trusteeship.Version, Today, Officer)).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.SaveTrusteeshipAsync(estate.Id, tree.CommunityA1.Id, TrusteeshipServices.Parking,
            new DateOnly(2026, 9, 1), null, trusteeship.Version, Today, Officer));
        Assert.Equal((tree.CommunityA1.Id, (string?)null), ((await db.Management.GetTrusteeshipAsync(estate.Id))!.CommunityId, (await db.Management.GetTrusteeshipAsync(estate.Id))!.Funding));

        Assert.Equal(2, (await db.Audit.ListForEntityAsync(AuditEntities.ManagingBody, estate.Id)).Count(a => a.Field == nameof(ManagingBody.Members)));
        Assert.Equal(2, (await db.Audit.ListForEntityAsync(AuditEntities.Trusteeship, estate.Id)).Count(a => a.Field == nameof(Trusteeship.CommunityId)));
    }
}
