using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Database;

/// <summary>Recurring jobs' runs claimed per schedule slot: one holder wins a slot, whatever the race (issue 19).</summary>
public sealed class ScheduledRunRepositoryTests
{
    private static readonly DateTime Slot = new(2026, 11, 27, 9, 5, 0, DateTimeKind.Utc);

    [DatabaseTheory, DatabaseData]
    public async Task One_holder_claims_a_slot_and_the_next_slot_is_free(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var job = TestDatabase.Unique("job");
        var forget = Slot.AddDays(-7);

        Assert.True(await db.ScheduledRuns.TryClaimAsync(job, Slot, "server-a", Slot.AddSeconds(1), forget));
        Assert.False(await db.ScheduledRuns.TryClaimAsync(job, Slot, "server-b", Slot.AddSeconds(2), forget));
        Assert.False(await db.ScheduledRuns.TryClaimAsync(job, Slot, "server-a", Slot.AddSeconds(3), forget));
        Assert.True(await db.ScheduledRuns.TryClaimAsync(job, Slot.AddMinutes(5), "server-b", Slot.AddMinutes(5), forget));
        Assert.True(await db.ScheduledRuns.TryClaimAsync(TestDatabase.Unique("other"), Slot, "server-b", Slot, forget));
    }

    [DatabaseTheory, DatabaseData]
    public async Task Twenty_claims_at_once_give_the_slot_to_exactly_one(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var job = TestDatabase.Unique("race");

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => db.ScheduledRuns.TryClaimAsync(job, Slot, $"server-{i}", Slot, Slot.AddDays(-7)))));

        Assert.Equal(1, claims.Count(c => c));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_released_claim_can_be_claimed_again_and_only_its_holder_releases_it(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var job = TestDatabase.Unique("retry");
        var forget = Slot.AddDays(-7);
        Assert.True(await db.ScheduledRuns.TryClaimAsync(job, Slot, "server-a", Slot, forget));

        await db.ScheduledRuns.ReleaseAsync(job, Slot, "server-b");
        Assert.False(await db.ScheduledRuns.TryClaimAsync(job, Slot, "server-b", Slot, forget));

        await db.ScheduledRuns.ReleaseAsync(job, Slot, "server-a");
        Assert.True(await db.ScheduledRuns.TryClaimAsync(job, Slot, "server-b", Slot, forget));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_claim_forgets_claims_older_than_it_is_told(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var job = TestDatabase.Unique("old");
        // Years before the other tests' claims: on a shared database the forgetting must not reach their rows.
        var old = Slot.AddYears(-6);
        Assert.True(await db.ScheduledRuns.TryClaimAsync(job, old, "server-a", old, old.AddDays(-7)));

        Assert.True(await db.ScheduledRuns.TryClaimAsync(TestDatabase.Unique("new"), old.AddDays(8), "server-a", old.AddDays(8), old.AddDays(1)));

        Assert.True(await db.ScheduledRuns.TryClaimAsync(job, old, "server-b", old.AddDays(8), old.AddDays(1)));
    }
}
