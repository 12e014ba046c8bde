namespace DistrictPortal.Core.Identity;

/// <summary>
/// Failed sign-ins per network address, kept in the database so that every web server behind the load balancer
/// counts the same failures (<see cref="SignInPolicy.MaxFailuresPerAddress"/> across all of them, not per server).
/// Not audited: a failure of a real account is audited on the account already; this is a counter of attempts.
/// </summary>
public interface ISignInThrottleRepository
{
    /// <summary>The failures recorded for <paramref name="address"/> at or after <paramref name="sinceUtc"/>, oldest first.</summary>
    Task<IReadOnlyList<DateTime>> ListFailuresAsync(string address, DateTime sinceUtc);

    /// <summary>Records one failure, and forgets every address's failures older than <paramref name="forgetBeforeUtc"/>.</summary>
    Task RecordFailureAsync(string address, DateTime atUtc, DateTime forgetBeforeUtc);
}
