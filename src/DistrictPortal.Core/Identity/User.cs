namespace DistrictPortal.Core.Identity;

/// <summary>A portal account. Every user has one role and one scope node.</summary>
public sealed class User
{
    public long Id { get; set; }
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public Role Role { get; set; }
    public long ScopeNodeId { get; set; }
    public string? Email { get; set; }
    public bool IsDisabled { get; set; }
    public int FailedSignIns { get; set; }
    public DateTime? LockoutEndUtc { get; set; }
    public long Version { get; set; }

    /// <summary>
    /// A random value carried in the sign-in cookie and compared on every request: changing it ends every session of
    /// the account (sign-out, password change or reset, role or scope change, disabling). See <see cref="Identity.SecurityStamp"/>.
    /// </summary>
    public string SecurityStamp { get; set; } = "";

    // Read-only context filled by queries.
    public string ScopePath { get; set; } = "";
    public string ScopeName { get; set; } = "";
}
