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
    [InlineData(Role.CommitteeMember, false, false, false)]
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
        Assert.False(Permissions.CanRead((Role)99));
    }
}
