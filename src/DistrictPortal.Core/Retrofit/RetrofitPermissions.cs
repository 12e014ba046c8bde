using DistrictPortal.Core.Identity;

namespace DistrictPortal.Core.Retrofit;

/// <summary>
/// Who keeps the retrofit and funding records: the district office (admin) and the sub-district and community
/// officers, inside their scope; the bureau and committee members read.
/// </summary>
public static class RetrofitPermissions
{
    public static bool CanEdit(Role role) => role is Role.Admin or Role.SubDistrictOfficer or Role.CommunityOfficer;
}
