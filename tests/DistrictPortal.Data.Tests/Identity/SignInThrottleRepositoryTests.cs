using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Identity;

/// <summary>The address throttle's failures, shared by every server on the database (issue 19).</summary>
public sealed class SignInThrottleRepositoryTests
{
    [DatabaseTheory, DatabaseData]
    public async Task Failures_come_back_per_address_oldest_first_from_the_given_moment(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var address = TestDatabase.Unique("10.1");
        var other = TestDatabase.Unique("10.2");
        var start = new DateTime(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc).AddTicks(1234567);
        var forget = start.AddDays(-1);
        await db.SignInThrottle.RecordFailureAsync(address, start.AddMinutes(2), forget);
        await db.SignInThrottle.RecordFailureAsync(address, start, forget);
        await db.SignInThrottle.RecordFailureAsync(other, start.AddMinutes(1), forget);
        await db.SignInThrottle.RecordFailureAsync(address, start.AddMinutes(1), forget);

        Assert.Equal([start, start.AddMinutes(1), start.AddMinutes(2)], await db.SignInThrottle.ListFailuresAsync(address, start));
        Assert.Equal([start.AddMinutes(1), start.AddMinutes(2)], await db.SignInThrottle.ListFailuresAsync(address, start.AddTicks(1)));
        Assert.Equal([start.AddMinutes(1)], await db.SignInThrottle.ListFailuresAsync(other, start));
        Assert.Empty(await db.SignInThrottle.ListFailuresAsync(TestDatabase.Unique("10.3"), start));
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_failure_forgets_every_address_failures_older_than_it_is_told(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var address = TestDatabase.Unique("10.4");
        var other = TestDatabase.Unique("10.5");
        // Years before the other tests' times: on a shared database the forgetting must not reach their rows.
        var start = new DateTime(2020, 11, 27, 1, 0, 0, DateTimeKind.Utc);
        await db.SignInThrottle.RecordFailureAsync(other, start, start.AddDays(-1));
        await db.SignInThrottle.RecordFailureAsync(address, start.AddMinutes(5), start.AddDays(-1));

        await db.SignInThrottle.RecordFailureAsync(address, start.AddMinutes(20), start.AddMinutes(5));

        Assert.Empty(await db.SignInThrottle.ListFailuresAsync(other, start.AddDays(-1)));
        Assert.Equal([start.AddMinutes(5), start.AddMinutes(20)], await db.SignInThrottle.ListFailuresAsync(address, start.AddDays(-1)));
    }
}
