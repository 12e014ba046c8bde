using DistrictPortal.Core.Identity;

namespace DistrictPortal.Core.Tests.Identity;

public class SignInPolicyTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Fewer_than_five_failures_leave_the_account_open(int failures) =>
        Assert.Null(SignInPolicy.LockoutAfterFailure(failures, Now));

    [Theory]
    [InlineData(5)]
    [InlineData(10)]
    public void Every_fifth_failure_locks_for_15_minutes(int failures) =>
        Assert.Equal(Now.AddMinutes(15), SignInPolicy.LockoutAfterFailure(failures, Now));

    [Theory]
    [InlineData(6)]
    [InlineData(9)]
    public void After_a_lock_out_the_count_starts_afresh(int failures) =>
        Assert.Null(SignInPolicy.LockoutAfterFailure(failures, Now));

    [Fact]
    public void Locked_until_the_end_and_open_from_it()
    {
        var user = new User { LockoutEndUtc = Now.AddMinutes(15) };
        Assert.True(SignInPolicy.IsLockedOut(user, Now));
        Assert.True(SignInPolicy.IsLockedOut(user, Now.AddMinutes(15).AddTicks(-1)));
        Assert.False(SignInPolicy.IsLockedOut(user, Now.AddMinutes(15)));
        Assert.False(SignInPolicy.IsLockedOut(new User(), Now));
    }
}
