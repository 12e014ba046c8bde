namespace DistrictPortal.Core.Identity;

/// <summary>
/// Lock-out after repeated failures: five wrong passwords in a row lock the account for 15 minutes.
/// The count is reset by a successful sign-in; a locked account refuses even the right password.
/// After a lock-out ends the next five failures are counted afresh (every fifth failure locks), so one
/// more wrong password after the wait does not lock the account again at once.
/// </summary>
public static class SignInPolicy
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Failed sign-ins from one network address within <see cref="AddressWindow"/> after which that address is refused
    /// until its oldest failure leaves the window: guessing one password across many names (each under
    /// <see cref="MaxFailures"/>) is stopped too. Twenty is far above what an office behind one address mistypes.
    /// </summary>
    public const int MaxFailuresPerAddress = 20;
    public static readonly TimeSpan AddressWindow = TimeSpan.FromMinutes(15);

    public static bool IsLockedOut(User user, DateTime nowUtc) =>
        user.LockoutEndUtc is { } end && end > nowUtc;

    /// <summary>The lock-out end to store after this failure, or null when the account stays open.</summary>
    public static DateTime? LockoutAfterFailure(int failuresIncludingThis, DateTime nowUtc) =>
        failuresIncludingThis > 0 && failuresIncludingThis % MaxFailures == 0 ? nowUtc + LockoutDuration : null;

    /// <summary>
    /// When an address whose failures within the window are <paramref name="failuresInWindow"/> (oldest first) may try
    /// again, or null when it may now: once it has <see cref="MaxFailuresPerAddress"/>, until the oldest leaves the window.
    /// </summary>
    public static DateTime? AddressBlockedUntil(IReadOnlyList<DateTime> failuresInWindow) =>
        failuresInWindow.Count >= MaxFailuresPerAddress ? failuresInWindow[0] + AddressWindow : null;
}
