using DistrictPortal.Core.Accountability;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Accountability;

/// <summary>追责 cases (issue 16) on every database: stored with their grounds and audit, read in scope, 通报 numbers unique per year.</summary>
public sealed class AccountabilityRepositoryTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [DatabaseTheory, DatabaseData]
    public async Task A_case_is_stored_with_its_grounds_read_in_its_units_scope_and_numbered_once_a_year(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var office = new ChangeContext(1, "区清零办 张三", new DateTime(2026, 12, 5, 2, 0, 0, DateTimeKind.Utc));
        var orderId = (await new SupervisionService(db.SupervisionOrders, db.Nodes).RaiseByHandAsync(new SupervisionOrder
        {
            SubDistrictId = tree.SubDistrictA.Id, Reason = "无人保洁", RequiredAction = "落实保洁", Deadline = Today,
        }, Today, office)).Value;
        var service = new AccountabilityService(db.Accountability, db.Nodes, db.SupervisionOrders, db.Returns);
        // Numbers run on from any earlier test's 通报 of the year on a shared database.
        var before = await db.Accountability.MaxIssueNoAsync(2026);
        AccountabilityDraft Draft(AccountabilityDecision decision) => new()
        {
            UnitNodeId = tree.CommunityA1.Id, PersonName = "王永强", PersonPost = "主任", Reason = "督办逾期未反馈。\n多次催办无果。",
            Decision = decision, DecidedOn = Today, DecidedBy = "区清零办", OrderIds = [orderId],
        };

        var id = (await service.CreateAsync(Draft(AccountabilityDecision.Criticism), Today, office)).Value;
        var interview = (await service.CreateAsync(Draft(AccountabilityDecision.Interview), Today, office)).Value;
        var second = (await service.CreateAsync(Draft(AccountabilityDecision.Criticism), Today, office)).Value;

        var read = (await db.Accountability.GetByIdAsync(id))!;
        Assert.Equal((tree.CommunityA1.Id, "Community A1", tree.CommunityA1.Path, "王永强", "主任", "督办逾期未反馈。\n多次催办无果。", AccountabilityDecision.Criticism),
            (read.UnitNodeId, read.UnitName, read.UnitPath, read.PersonName, read.PersonPost, read.Reason, read.Decision));
        Assert.Equal((Today, "区清零办", (int?)2026, (int?)before + 1, "区清零办 张三", DateTimeKind.Utc),
            (read.DecidedOn, read.DecidedBy, read.IssueYear, read.IssueNo, read.CreatedByName, read.CreatedUtc.Kind));
        var ground = Assert.Single(read.Grounds);
        Assert.Equal((AccountabilityGroundKind.SupervisionOrder, orderId, "无人保洁"), (ground.Kind, ground.TargetId, ground.Note));
        Assert.Null((await db.Accountability.GetByIdAsync(interview))!.IssueNo);
        Assert.Equal(before + 2, (await db.Accountability.GetByIdAsync(second))!.IssueNo);
        Assert.Equal(before + 2, await db.Accountability.MaxIssueNoAsync(2026));
        Assert.Equal([second, interview, id], (await db.Accountability.ListAsync(tree.SubDistrictA.Path)).Select(c => c.Id));
        Assert.Empty(await db.Accountability.ListAsync(tree.SubDistrictB.Path));
        Assert.Contains(await db.Audit.ListForEntityAsync(AuditEntities.AccountabilityCase, id), a => a.Field == nameof(AccountabilityCase.IssueNo));

        // The number is the database's to keep unique: a second 通报 with a taken number writes nothing.
        var clash = (await db.Accountability.GetByIdAsync(second))!;
        clash.Grounds = [];
        await Assert.ThrowsAsync<DuplicateNameException>(() => db.Accountability.CreateAsync(clash, AccountabilityService.Created(clash, office)));
        Assert.Equal(3, (await db.Accountability.ListAsync(tree.SubDistrictA.Path)).Count);
    }
}
