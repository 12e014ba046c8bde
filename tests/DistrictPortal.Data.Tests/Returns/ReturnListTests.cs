using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Returns;

/// <summary>The returns list (and completeness matrix) and the deadline job's overdue mark.</summary>
public sealed class ReturnListTests
{
    [DatabaseTheory, DatabaseData]
    public async Task List_gives_summaries_of_sub_districts_under_the_scope_newest_week_first(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var previous = ReturnScenario.Week.AddDays(-7);
        var aNow = await s.CreateAsync(s.NewReturn());
        var aBefore = await s.CreateAsync(s.NewReturn(previous));
        var bNow = await db.Returns.CreateAsync(
            new WeeklyReturn { SubDistrictId = s.Tree.SubDistrictB.Id, WeekEnding = ReturnScenario.Week }, ReturnScenario.Officer);
        await s.CreateAsync(s.NewReturn(ReturnScenario.Week.AddDays(7)));
        await s.MoveAsync(aNow, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer);

        var district = await db.Returns.ListAsync(s.Tree.District.Path, previous, ReturnScenario.Week);
        var onlyA = await db.Returns.ListAsync(s.Tree.SubDistrictA.Path, previous, ReturnScenario.Week);

        Assert.Equal(3, district.Count);
        Assert.Equal([ReturnScenario.Week, ReturnScenario.Week, previous], district.Select(r => r.WeekEnding));
        Assert.Equal([aNow.Id, bNow], district.Take(2).Select(r => r.Id).Order());
        Assert.Equal([aNow.Id, aBefore.Id], onlyA.Select(r => r.Id));
        var submitted = onlyA[0];
        Assert.Equal((s.Tree.SubDistrictA.Id, s.Tree.SubDistrictA.Name, ReturnStatus.Submitted, ReturnScenario.Officer.AtUtc),
            (submitted.SubDistrictId, submitted.SubDistrictName, submitted.Status, submitted.FirstSubmittedUtc!.Value));
        Assert.Equal((false, false, (DateTime?)null, (DateTime?)null),
            (submitted.IsRestatement, submitted.WasSentBack, submitted.ReviewedUtc, submitted.MarkedOverdueUtc));
        Assert.Empty(await db.Returns.ListAsync(s.Tree.CommunityA1.Path, previous, ReturnScenario.Week));
        Assert.Empty(await db.Returns.ListAsync("", previous, ReturnScenario.Week));
    }

    [DatabaseTheory, DatabaseData]
    public async Task MarkOverdue_creates_an_empty_draft_once_and_is_idempotent(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var job = new ChangeContext(0, "deadline job", new DateTime(2026, 11, 20, 9, 0, 1, DateTimeKind.Utc));

        Assert.True(await db.Returns.MarkOverdueAsync(s.Tree.SubDistrictA.Id, ReturnScenario.Week, job));
        Assert.False(await db.Returns.MarkOverdueAsync(s.Tree.SubDistrictA.Id, ReturnScenario.Week, job with { AtUtc = job.AtUtc.AddHours(1) }));

        var draft = (await db.Returns.GetAsync(s.Tree.SubDistrictA.Id, ReturnScenario.Week))!;
        Assert.Equal((ReturnStatus.Draft, 0, (DateTime?)null), (draft.Status, draft.Rows.Count, draft.FirstSubmittedUtc));
        var summary = Assert.Single(await db.Returns.ListAsync(s.Tree.SubDistrictA.Path, ReturnScenario.Week, ReturnScenario.Week));
        Assert.Equal(job.AtUtc, summary.MarkedOverdueUtc);
        var trail = await db.Audit.ListForEntityAsync(ReturnAudit.EntityType, draft.Id);
        Assert.Equal(2, trail.Count);
        Assert.Contains(trail, e => e.Action == AuditActions.Create);
        Assert.Contains(trail, e => e.Action == "mark-overdue" && e.NewValue == "2026-11-20 09:00:01");

        // The draft is filed late as usual; the mark stays to show the deadline passed.
        var filled = await s.UpdateAsync(draft, r => r.Rows = s.NewReturn().Rows);
        Assert.Equal(2, filled.Rows.Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task MarkOverdue_marks_an_unsubmitted_draft_but_never_a_submitted_return(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var job = new ChangeContext(0, "deadline job", new DateTime(2026, 11, 20, 9, 0, 1, DateTimeKind.Utc));
        var previous = ReturnScenario.Week.AddDays(-7);
        var draft = await s.CreateAsync(s.NewReturn());
        var submitted = await s.MoveAsync(await s.CreateAsync(s.NewReturn(previous)), ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer);

        Assert.True(await db.Returns.MarkOverdueAsync(s.Tree.SubDistrictA.Id, ReturnScenario.Week, job));
        Assert.False(await db.Returns.MarkOverdueAsync(s.Tree.SubDistrictA.Id, previous, job));

        var marked = (await db.Returns.GetByIdAsync(draft.Id))!;
        Assert.Equal(2, marked.Rows.Count);
        var summaries = await db.Returns.ListAsync(s.Tree.SubDistrictA.Path, previous, ReturnScenario.Week);
        Assert.Equal([(draft.Id, (DateTime?)job.AtUtc), (submitted.Id, null)], summaries.Select(r => (r.Id, r.MarkedOverdueUtc)));
        Assert.DoesNotContain(await db.Audit.ListForEntityAsync(ReturnAudit.EntityType, submitted.Id), e => e.Action == "mark-overdue");
    }

    [DatabaseTheory, DatabaseData]
    public async Task MarkOverdue_of_an_unknown_node_is_the_foreign_keys_to_refuse(string database)
    {
        // That the node is a sub-district is Core's rule (ReturnFiler, tested in Core); the store keeps the key.
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            db.Returns.MarkOverdueAsync(long.MaxValue, ReturnScenario.Week, TestDatabase.Context()));

        Assert.Empty(await db.Returns.ListAsync(tree.City.Path, ReturnScenario.Week, ReturnScenario.Week));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Returns_and_supervision_orders_give_a_node_history(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = TestDatabase.Context();
        var withReturn = await db.Nodes.CreateAsync(tree.District.Id, NodeLevel.SubDistrict, TestDatabase.Unique("Overdue"), context);
        var withOrder = await db.Nodes.CreateAsync(tree.District.Id, NodeLevel.SubDistrict, TestDatabase.Unique("Supervised"), context);
        var untouched = await db.Nodes.CreateAsync(tree.District.Id, NodeLevel.SubDistrict, TestDatabase.Unique("Untouched"), context);

        await db.Returns.MarkOverdueAsync(withReturn.Id, ReturnScenario.Week, context);
        await db.SupervisionOrders.RaiseOnceAsync(
            new SupervisionOrder { SubDistrictId = withOrder.Id, WeekEnding = ReturnScenario.Week, Reason = "two weeks late" }, context);

        Assert.True(await db.Nodes.HasHistoryAsync(withReturn.Id));
        Assert.True(await db.Nodes.HasHistoryAsync(withOrder.Id));
        Assert.False(await db.Nodes.HasHistoryAsync(untouched.Id));
        Assert.False(await db.Nodes.DeleteIfUnusedAsync(withReturn.Id, context));
        Assert.False(await db.Nodes.DeleteIfUnusedAsync(withOrder.Id, context));
        Assert.True(await db.Nodes.DeleteIfUnusedAsync(untouched.Id, context));
    }
}
