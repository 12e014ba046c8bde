namespace DistrictPortal.Core.Identity;

/// <summary>
/// Roles of DOMAIN.md: 区清零办/领导小组办公室 admin; 区住建局 bureau reviewer; 街道办事处 sub-district officer;
/// 社区居委会 community officer; 领导小组成员/业委会成员 committee member (read-only, briefings).
/// </summary>
public enum Role
{
    Admin = 1,
    BureauReviewer = 2,
    SubDistrictOfficer = 3,
    CommunityOfficer = 4,
    CommitteeMember = 5,
}
