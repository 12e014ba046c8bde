using DistrictPortal.Core.Identity;

namespace DistrictPortal.Core.Auditing;

/// <summary>
/// The operator an audit entry names: the person's display name ("牌楼街道办 王芳"), not the login ("pailou"). It is written
/// into the entry when the change is made, so every trail and export shows it as it was then, without a look-up, and
/// a renamed or deleted account leaves old entries readable.
/// </summary>
public static class AuditName
{
    public static string Of(string? displayName, string userName) =>
        string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim();

    public static string Of(User user) => Of(user.DisplayName, user.UserName);
}
