using DistrictPortal.Core.Identity;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[User_*] procedure; the properties are its parameters (see StoredProcedureAttribute).

[StoredProcedure("User_Create")]
internal sealed record UserCreate(
    string UserName, string DisplayName, string PasswordHash, Role Role, long ScopeNodeId, string? Email, bool IsDisabled,
    string SecurityStamp)
    : IQuery<long>
{
    public static UserCreate From(User u, string userName) =>
        new(userName, u.DisplayName, u.PasswordHash, u.Role, u.ScopeNodeId, u.Email, u.IsDisabled,
            string.IsNullOrEmpty(u.SecurityStamp) ? Core.Identity.SecurityStamp.New() : u.SecurityStamp);
}

[StoredProcedure("User_ReadById")]
internal sealed record UserReadById(long Id) : IQuery<User>;

[StoredProcedure("User_ReadByUserName")]
internal sealed record UserReadByUserName(string UserName) : IQuery<User>;

[StoredProcedure("User_ReadByScopePath")]
internal sealed record UserReadByScopePath(string ScopePath) : IQuery<User>;

[StoredProcedure("User_Update")]
internal sealed record UserUpdate(
    long Id,
    string UserName,
    string DisplayName,
    string PasswordHash,
    Role Role,
    long ScopeNodeId,
    string? Email,
    bool IsDisabled,
    string SecurityStamp,
    long Version) : ICommand
{
    public static UserUpdate From(User u, string userName) =>
        new(u.Id, userName, u.DisplayName, u.PasswordHash, u.Role, u.ScopeNodeId, u.Email, u.IsDisabled, u.SecurityStamp ?? "", u.Version);
}

/// <summary>The new failure count; NULL when there is no such user.</summary>
[StoredProcedure("User_UpdateFailedSignIn")]
internal sealed record UserUpdateFailedSignIn(long Id, DateTime? LockoutEndUtc) : IQuery<int?>;

/// <summary>1 when the user exists (and was updated), 0 otherwise.</summary>
[StoredProcedure("User_UpdateSignIn")]
internal sealed record UserUpdateSignIn(long Id, string? PasswordHash) : IQuery<int>;

/// <summary>1 when the user exists (and was unlocked), 0 otherwise.</summary>
[StoredProcedure("User_UpdateUnlocked")]
internal sealed record UserUpdateUnlocked(long Id) : IQuery<int>;

/// <summary>1 when the user exists (and got the new stamp), 0 otherwise.</summary>
[StoredProcedure("User_UpdateSecurityStamp")]
internal sealed record UserUpdateSecurityStamp(long Id, string SecurityStamp) : IQuery<int>;
