using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Notifications;

/// <summary>督办 by hand (issue 16) on every database: several a week beside the job's one, answered, sent back, escalated.</summary>
public sealed class SupervisionByHandRepositoryTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [DatabaseTheory, DatabaseData]
    public async Task Orders_by_hand_are_many_a_week_beside_the_jobs_one_and_read_back_whole(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var estate = await TestTree.AddEstateAsync(db, tree.CommunityA1, TestDatabase.Unique("督办小区"));
        var office = new ChangeContext(1, "admin", new DateTime(2026, 12, 2, 2, 0, 0, DateTimeKind.Utc));
        var service = new SupervisionService(db.SupervisionOrders, db.Nodes);
        SupervisionOrder Draft(SupervisionSubject kind, long? subjectId) => new()
        {
            SubDistrictId = tree.SubDistrictA.Id, SubjectKind = kind, SubjectId = subjectId, Reason = "无人保洁",
            RequiredAction = "落实保洁", Deadline = Today.AddDays(14),
        };

        var onEstate = (await service.RaiseByHandAsync(Draft(SupervisionSubject.Estate, estate.Id), Today, office)).Value;
        var onSubDistrict = (await service.RaiseByHandAsync(Draft(SupervisionSubject.SubDistrict, null), Today, office)).Value;
        var week = new DateOnly(2026, 12, 4);
        var job = await db.SupervisionOrders.RaiseOnceAsync(new SupervisionOrder { SubDistrictId = tree.SubDistrictA.Id, WeekEnding = week, Reason = "连续两周逾期" }, office);
        var jobAgain = await db.SupervisionOrders.RaiseOnceAsync(new SupervisionOrder { SubDistrictId = tree.SubDistrictA.Id, WeekEnding = week, Reason = "连续两周逾期" }, office);

        Assert.NotEqual(onEstate, onSubDistrict);
        Assert.NotNull(job);
        Assert.Null(jobAgain);
        var read = (await db.SupervisionOrders.GetByIdAsync(onEstate))!;
        Assert.Equal((SupervisionOrigin.ByHand, SupervisionSubject.Estate, (long?)estate.Id, estate.Name, "落实保洁", (DateOnly?)Today.AddDays(14), "admin", week),
            (read.Origin, read.SubjectKind, read.SubjectId, read.SubjectName, read.RequiredAction, read.Deadline, read.RaisedByName, read.WeekEnding));
        Assert.Equal((SupervisionStatus.AwaitingAnswer, SupervisionEscalation.None, (string?)null), (read.Status, read.EscalationLevel, read.Answer));
        var listed = await db.SupervisionOrders.ListAsync(tree.SubDistrictA.Path);
        Assert.Equal(3, listed.Count);
        Assert.Equal(SupervisionOrigin.DeadlineJob, listed.Single(o => o.Id == job).Origin);
        Assert.Equal((long?)tree.SubDistrictA.Id, listed.Single(o => o.Id == onSubDistrict).SubjectId);
        Assert.Contains(await db.Audit.ListForEntityAsync(AuditEntities.SupervisionOrder, onEstate), a => a.Field == nameof(SupervisionOrder.Deadline));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Answer_send_back_and_escalation_are_version_checked_audited_and_refused_once_closed(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var at = new DateTime(2026, 12, 2, 2, 0, 0, DateTimeKind.Utc);
        var service = new SupervisionService(db.SupervisionOrders, db.Nodes);
        var id = (await service.RaiseByHandAsync(new SupervisionOrder
        {
            SubDistrictId = tree.SubDistrictA.Id, Reason = "问题", RequiredAction = "要求", Deadline = Today,
        }, Today, new ChangeContext(1, "admin", at))).Value;
        var officer = new ChangeContext(2, "officer", at.AddHours(1));
        var v1 = (await db.SupervisionOrders.GetByIdAsync(id))!.Version;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.AnswerAsync(id, "已整改", v1 + 1, officer));
        Assert.True((await service.AnswerAsync(id, "已整改", v1, officer)).Succeeded);
        var answered = (await db.SupervisionOrders.GetByIdAsync(id))!;
        Assert.Equal((SupervisionStatus.Answered, "已整改", "officer", (DateTime?)officer.AtUtc), (answered.Status, answered.Answer, answered.AnsweredByName, answered.AnsweredUtc));
        Assert.True((await service.SendBackAsync(id, "缺照片", answered.Version, new ChangeContext(1, "admin", at.AddHours(2)))).Succeeded);
        var sentBack = (await db.SupervisionOrders.GetByIdAsync(id))!;
        Assert.Equal((SupervisionStatus.SentBack, "缺照片"), (sentBack.Status, sentBack.SendBackReason));
        var job = new ChangeContext(0, "system", at.AddDays(20));
        Assert.Equal(SupervisionEscalation.Accountability, await service.EscalateAsync(sentBack, Today.AddDays(20), job));
        var escalated = (await db.SupervisionOrders.GetByIdAsync(id))!;
        Assert.Equal((SupervisionEscalation.Accountability, (DateTime?)job.AtUtc), (escalated.EscalationLevel, escalated.EscalatedUtc));

        Assert.True((await service.CloseAsync(id, "办结", escalated.Version, job)).Succeeded);
        var closed = (await db.SupervisionOrders.GetByIdAsync(id))!;
        closed.Status = SupervisionStatus.Answered;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.SupervisionOrders.UpdateStateAsync(closed, []));
        Assert.Equal(SupervisionStatus.SentBack, (await db.SupervisionOrders.GetByIdAsync(id))!.Status);
        var fields = (await db.Audit.ListForEntityAsync(AuditEntities.SupervisionOrder, id)).Select(a => a.Field).ToList();
        Assert.Contains(nameof(SupervisionOrder.Answer), fields);
        Assert.Contains(nameof(SupervisionOrder.SendBackReason), fields);
        Assert.Contains(nameof(SupervisionOrder.EscalationLevel), fields);
    }
}
