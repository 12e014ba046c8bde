namespace DistrictPortal.Core.Identity;

/// <summary>
/// Roles of DOMAIN.md: 区清零办/领导小组办公室 admin; 区住建局 bureau reviewer; 街道办事处 sub-district officer;
/// 社区居委会 community officer; 领导小组成员 a member of the district's leading group and 业委会成员 a member of an
/// estate's owners' committee. The last two are different people (issue 17): both only read, but a leading-group
/// member reads a district or sub-district, an owners' committee member the community of its estate.
/// Stored as the number: 5 kept its meaning (the accounts it held were leading-group members); migration
/// 0023 / 2026-12-05_60 moves role-5 accounts scoped to a community, which can only be committee members, to 6.
/// </summary>
public enum Role
{
    Admin = 1,
    BureauReviewer = 2,
    SubDistrictOfficer = 3,
    CommunityOfficer = 4,
    LeadingGroupMember = 5,
    OwnersCommitteeMember = 6,
}
