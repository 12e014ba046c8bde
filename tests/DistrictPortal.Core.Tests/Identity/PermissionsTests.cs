using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Core.Tests.Identity;

public class PermissionsTests
{
    [Theory]
    [InlineData(Role.Admin, true, true, true)]
    [InlineData(Role.BureauReviewer, false, false, true)]
    [InlineData(Role.SubDistrictOfficer, true, true, false)]
    [InlineData(Role.CommunityOfficer, true, false, false)] // keeps estates, cannot file the sub-district's return
    [InlineData(Role.LeadingGroupMember, false, false, false)]
    [InlineData(Role.OwnersCommitteeMember, false, false, false)]
    public void Role_matrix(Role role, bool editEstates, bool submit, bool review)
    {
        Assert.Equal(editEstates, Permissions.CanEditEstates(role));
        Assert.Equal(submit, Permissions.CanSubmitReturns(role));
        Assert.Equal(review, Permissions.CanReviewReturns(role));
        Assert.True(Permissions.CanRead(role));
        Assert.Equal(role == Role.Admin, Permissions.CanManageHierarchy(role));
        Assert.Equal(role == Role.Admin, Permissions.CanManageUsers(role));
    }

    [Fact]
    public void Typical_scopes()
    {
        Assert.Equal(NodeLevel.District, Permissions.TypicalScopeLevel(Role.BureauReviewer));
        Assert.Equal(NodeLevel.Community, Permissions.TypicalScopeLevel(Role.CommunityOfficer));
        Assert.Equal(NodeLevel.Community, Permissions.TypicalScopeLevel(Role.OwnersCommitteeMember));
        Assert.False(Permissions.CanRead((Role)99));
    }

    /// <summary>领导小组成员 and 业委会成员 are different people: each takes only the scope its body works at.</summary>
    [Theory]
    [InlineData(Role.OwnersCommitteeMember, NodeLevel.Community, true)]
    [InlineData(Role.OwnersCommitteeMember, NodeLevel.SubDistrict, false)]
    [InlineData(Role.OwnersCommitteeMember, NodeLevel.District, false)]
    [InlineData(Role.LeadingGroupMember, NodeLevel.District, true)]
    [InlineData(Role.LeadingGroupMember, NodeLevel.SubDistrict, true)]
    [InlineData(Role.LeadingGroupMember, NodeLevel.Community, false)]
    [InlineData(Role.CommunityOfficer, NodeLevel.SubDistrict, true)]
    public void Each_member_role_takes_its_own_bodys_scope(Role role, NodeLevel level, bool fits)
    {
        Assert.Equal(fits, Permissions.ScopeFits(role, level));
        Assert.Equal(role is Role.LeadingGroupMember or Role.OwnersCommitteeMember, Permissions.IsReadOnlyMember(role));
    }
}
