using DistrictPortal.Core.Identity;

namespace DistrictPortal.Web.Infrastructure.Security;

/// <summary>
/// Failed sign-ins per network address (<see cref="SignInPolicy.MaxFailuresPerAddress"/> within
/// <see cref="SignInPolicy.AddressWindow"/>), counted in the database: several web servers behind one load balancer
/// count one set of failures, so a spray spread over the servers meets the same limit (issue 19; it was per server, in
/// memory). Behind a reverse proxy the address must be the client's (forwarded headers), or every user shares one.
/// Bounded: each failure deletes the failures that have left the window.
/// </summary>
public sealed class SignInAddressThrottle(ISignInThrottleRepository failures)
{
    /// <summary>Longer addresses (an IPv6 zone name) are cut: the column holds this many characters.</summary>
    public const int MaxAddressLength = 100;

    /// <summary>When the address may try again, or null when it may now.</summary>
    public async Task<DateTime?> BlockedUntilAsync(string? address, DateTime nowUtc) =>
        address is null
            ? null
            : SignInPolicy.AddressBlockedUntil(await failures.ListFailuresAsync(Key(address), nowUtc - SignInPolicy.AddressWindow + TimeSpan.FromTicks(1)));

    public async Task RecordFailureAsync(string? address, DateTime nowUtc)
    {
        if (address is null)
            return;
        await failures.RecordFailureAsync(Key(address), nowUtc, nowUtc - SignInPolicy.AddressWindow);
    }

    private static string Key(string address) => address.Length <= MaxAddressLength ? address : address[..MaxAddressLength];
}
