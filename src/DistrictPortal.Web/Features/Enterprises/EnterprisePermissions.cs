using DistrictPortal.Core.Identity;

namespace DistrictPortal.Web.Features.Enterprises;

/// <summary>
/// Who keeps the enterprise register and an estate's contracts (issue 20). The register is one for the portal and everyone
/// reads it. A sub-district officer adds the enterprise it is signing with (waiting for the office would hold the contract
/// up; the credit code's check character and uniqueness keep duplicates and typos out), but only the office (admin) edits
/// an entry, since every sub-district's contracts point at it. Contracts, managing bodies and trusteeships are the
/// sub-district's, for its own estates (the admin may stand in); community officers and the read-only roles read them.
/// </summary>
public static class EnterprisePermissions
{
    public static bool CanAddEnterprise(Role role) => role is Role.Admin or Role.SubDistrictOfficer;

    public static bool CanEditEnterprise(Role role) => role == Role.Admin;

    public static bool CanEditContracts(Role role) => role is Role.Admin or Role.SubDistrictOfficer;
}
