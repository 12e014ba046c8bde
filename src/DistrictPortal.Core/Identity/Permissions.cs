using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Identity;

/// <summary>
/// What each role may do, before the scope test. Every action checks both: the role here, and
/// <see cref="Scope.Contains"/> against the user's scope path.
/// </summary>
public static class Permissions
{
    /// <summary>Estates: the admin anywhere; sub-district and community officers inside their scope.</summary>
    public static bool CanEditEstates(Role role) =>
        role is Role.Admin or Role.SubDistrictOfficer or Role.CommunityOfficer;

    /// <summary>The hierarchy and user accounts are kept by the admin only.</summary>
    public static bool CanManageHierarchy(Role role) => role == Role.Admin;

    public static bool CanManageUsers(Role role) => role == Role.Admin;

    /// <summary>Filing the weekly return is the sub-district's (and the admin's, standing in).</summary>
    public static bool CanSubmitReturns(Role role) => role is Role.Admin or Role.SubDistrictOfficer;

    public static bool CanReviewReturns(Role role) => role is Role.Admin or Role.BureauReviewer;

    /// <summary>Owners' committees (the sub-district guides and files them): the admin and the officers of the scope; the bureau, leading-group and owners' committee members read.</summary>
    public static bool CanEditCommittees(Role role) =>
        role is Role.Admin or Role.SubDistrictOfficer or Role.CommunityOfficer;

    /// <summary>Every role reads its own scope.</summary>
    public static bool CanRead(Role role) => Enum.IsDefined(role);

    /// <summary>The scope level each role is normally given; the admin's user form defaults to it.</summary>
    public static NodeLevel TypicalScopeLevel(Role role) => role switch
    {
        Role.Admin => NodeLevel.District,
        Role.BureauReviewer => NodeLevel.District,
        Role.SubDistrictOfficer => NodeLevel.SubDistrict,
        Role.CommunityOfficer => NodeLevel.Community,
        Role.OwnersCommitteeMember => NodeLevel.Community,
        _ => NodeLevel.SubDistrict,
    };

    /// <summary>The two read-only roles: they see their scope's pages and briefings and change nothing.</summary>
    public static bool IsReadOnlyMember(Role role) => role is Role.LeadingGroupMember or Role.OwnersCommitteeMember;

    /// <summary>
    /// The scope levels a role may be given. An owners' committee member belongs to one estate's community, so its scope
    /// is a community; a leading-group member reads a district or a sub-district (a community is a committee member's).
    /// Other roles take any level inside the admin's scope, as before.
    /// </summary>
    public static bool ScopeFits(Role role, NodeLevel level) => role switch
    {
        Role.OwnersCommitteeMember => level == NodeLevel.Community,
        Role.LeadingGroupMember => level is NodeLevel.City or NodeLevel.District or NodeLevel.SubDistrict,
        _ => true,
    };
}
