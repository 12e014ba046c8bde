using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Returns;

/// <summary>Issue 15's community parts of a return (社区填报), on every configured database.</summary>
public sealed class ReturnShareRepositoryTests
{
    private static readonly DateTime At = new(2026, 11, 20, 6, 0, 0, DateTimeKind.Utc);

    private static IReadOnlyList<AuditEntry> Audit(CommunityPart before, CommunityPart after) =>
        ReturnShare.Audit(before.Version == 0 ? null : before, after, new ChangeContext(31, "印盒石社区专干", At));

    [DatabaseTheory, DatabaseData]
    public async Task A_part_is_inserted_marked_done_and_withdrawn_at_its_version_each_with_its_audit(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var scenario = await ReturnScenario.CreateAsync(db);
        var stored = await scenario.CreateAsync(scenario.NewReturn());
        var community = scenario.Tree.CommunityA1;
        Assert.Empty(await db.Shares.ListAsync(stored.Id));

        var none = new CommunityPart { WeeklyReturnId = stored.Id, CommunityId = community.Id, CommunityName = community.Name };
        var started = none.Clone();
        started.StartedUtc = At;
        started.StartedByName = "印盒石社区专干";
        await db.Shares.SaveAsync(started, stored.Status, Audit(none, started));

        var read = Assert.Single(await db.Shares.ListAsync(stored.Id));
        Assert.Equal((community.Name, At, "印盒石社区专干", CommunityPartState.InProgress, 1L),
            (read.CommunityName, read.StartedUtc, read.StartedByName, read.State, read.Version));

        var done = read.Clone();
        done.DoneUtc = At.AddHours(1);
        done.DoneByUserId = 31;
        done.DoneByName = "印盒石社区专干";
        await db.Shares.SaveAsync(done, stored.Status, Audit(read, done));
        read = Assert.Single(await db.Shares.ListAsync(stored.Id));
        Assert.Equal((CommunityPartState.Done, At.AddHours(1), 31L, 2L), (read.State, read.DoneUtc, read.DoneByUserId, read.Version));
        Assert.Equal(DateTimeKind.Utc, read.DoneUtc!.Value.Kind);

        // The version read before the mark is stale now: refused, nothing written, no audit.
        var stale = done.Clone();
        stale.DoneUtc = null;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Shares.SaveAsync(stale, stored.Status, Audit(done, stale)));
        // A second insert of the same part (two officers starting at once) is a conflict too.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Shares.SaveAsync(started, stored.Status, Audit(none, started)));
        Assert.Equal(2L, Assert.Single(await db.Shares.ListAsync(stored.Id)).Version);

        var trail = (await db.Audit.ListForEntityAsync(AuditEntities.WeeklyReturn, stored.Id))
            .Where(e => e.Field?.StartsWith("Communities[", StringComparison.Ordinal) == true).OrderBy(e => e.Id).ToList();
        Assert.Equal([("NotStarted", "InProgress"), ("InProgress", "Done")], trail.Select(e => (e.OldValue, e.NewValue)));
        Assert.All(trail, e => Assert.Equal($"Communities[{community.Name}].State", e.Field));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Parts_are_per_return_and_community_and_an_unknown_community_is_refused_with_nothing_audited(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var scenario = await ReturnScenario.CreateAsync(db);
        var stored = await scenario.CreateAsync(scenario.NewReturn());
        var other = await scenario.CreateAsync(scenario.NewReturn(ReturnScenario.Week.AddDays(7)));
        foreach (var (returnId, community) in new[] { (stored.Id, scenario.Tree.CommunityA2), (stored.Id, scenario.Tree.CommunityA1), (other.Id, scenario.Tree.CommunityA1) })
        {
            var part = new CommunityPart { WeeklyReturnId = returnId, CommunityId = community.Id, CommunityName = community.Name, StartedUtc = At };
            await db.Shares.SaveAsync(part, ReturnStatus.Draft, Audit(new CommunityPart { WeeklyReturnId = returnId, CommunityName = community.Name }, part));
        }
        Assert.Equal([scenario.Tree.CommunityA1.Id, scenario.Tree.CommunityA2.Id],
            (await db.Shares.ListAsync(stored.Id)).Select(p => p.CommunityId).Order());
        Assert.Single(await db.Shares.ListAsync(other.Id));

        var auditBefore = (await db.Audit.ListForEntityAsync(AuditEntities.WeeklyReturn, stored.Id)).Count;
        var unknown = new CommunityPart { WeeklyReturnId = stored.Id, CommunityId = long.MaxValue, CommunityName = "无此社区", StartedUtc = At };
        await Assert.ThrowsAnyAsync<ArgumentException>(() => db.Shares.SaveAsync(unknown, stored.Status, Audit(new CommunityPart { WeeklyReturnId = stored.Id }, unknown)));
        Assert.Equal(auditBefore, (await db.Audit.ListForEntityAsync(AuditEntities.WeeklyReturn, stored.Id)).Count);
        Assert.Equal(2, (await db.Shares.ListAsync(stored.Id)).Count);
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_part_is_not_written_once_the_return_left_the_status_it_was_read_with(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var scenario = await ReturnScenario.CreateAsync(db);
        var draft = await scenario.CreateAsync(scenario.NewReturn());
        var (a1, a2) = (scenario.Tree.CommunityA1, scenario.Tree.CommunityA2);
        var started = new CommunityPart { WeeklyReturnId = draft.Id, CommunityId = a1.Id, CommunityName = a1.Name, StartedUtc = At, StartedByName = "专干" };
        await db.Shares.SaveAsync(started, draft.Status, Audit(new CommunityPart { WeeklyReturnId = draft.Id, CommunityName = a1.Name }, started));
        var read = Assert.Single(await db.Shares.ListAsync(draft.Id));

        // The sub-district submits between the community's read (a draft) and its mark.
        var submitted = await scenario.MoveAsync(draft, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer);
        Assert.Equal(ReturnStatus.Submitted, submitted.Status);
        var auditBefore = (await db.Audit.ListForEntityAsync(AuditEntities.WeeklyReturn, draft.Id)).Count;
        var done = read.Clone();
        done.DoneUtc = At.AddHours(1);
        done.DoneByUserId = 31;
        done.DoneByName = "专干";
        var fresh = new CommunityPart { WeeklyReturnId = draft.Id, CommunityId = a2.Id, CommunityName = a2.Name, DoneUtc = At, DoneByName = "专干" };

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Shares.SaveAsync(done, ReturnStatus.Draft, Audit(read, done)));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            db.Shares.SaveAsync(fresh, ReturnStatus.Draft, Audit(new CommunityPart { WeeklyReturnId = draft.Id, CommunityName = a2.Name }, fresh)));

        Assert.Equal(CommunityPartState.InProgress, Assert.Single(await db.Shares.ListAsync(draft.Id)).State);
        Assert.Equal(auditBefore, (await db.Audit.ListForEntityAsync(AuditEntities.WeeklyReturn, draft.Id)).Count);
    }
}
