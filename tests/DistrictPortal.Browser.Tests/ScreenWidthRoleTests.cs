using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.DemoData;

namespace DistrictPortal.Browser.Tests;

/// <summary>
/// The screen-width walk signs in once per role (<see cref="ScreenWidthTests.Roles"/>): a role added since (the owners'
/// committee member was missed) would have pages nobody measured. No browser needed, so no browser collection.
/// </summary>
public sealed class ScreenWidthRoleTests
{
    [Fact]
    public void The_width_walk_signs_in_as_one_demo_account_of_every_role()
    {
        var walked = ((IEnumerable<object[]>)ScreenWidthTests.Roles).Select(row => (string)row[0]).ToList();
        var roles = walked.Select(name => Assert.Single(DemoAccounts.All, a => a.UserName == name).Role).ToList();

        Assert.Equal(Enum.GetValues<Role>().Order(), roles.Distinct().Order());
        Assert.Equal(roles.Count, roles.Distinct().Count());
    }
}
