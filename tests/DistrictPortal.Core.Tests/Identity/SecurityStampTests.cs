using DistrictPortal.Core.Identity;

namespace DistrictPortal.Core.Tests.Identity;

public sealed class SecurityStampTests
{
    private static User Officer() => new() { Id = 7, UserName = "pailou", DisplayName = "报送员", Role = Role.SubDistrictOfficer, ScopeNodeId = 3 };

    [Fact]
    public void Stamps_are_random_and_long_enough()
    {
        var stamps = Enumerable.Range(0, 100).Select(_ => SecurityStamp.New()).ToHashSet();
        Assert.Equal(100, stamps.Count);
        Assert.All(stamps, s => Assert.Equal(32, s.Length));
    }

    [Fact]
    public void A_password_role_or_scope_change_or_disabling_ends_the_sessions()
    {
        var before = Officer();
        Assert.True(SecurityStamp.MustChange(before, Officer(), passwordChanged: true));
        Assert.True(SecurityStamp.MustChange(before, With(u => u.Role = Role.CommunityOfficer), passwordChanged: false));
        Assert.True(SecurityStamp.MustChange(before, With(u => u.ScopeNodeId = 4), passwordChanged: false));
        Assert.True(SecurityStamp.MustChange(before, With(u => u.IsDisabled = true), passwordChanged: false));
    }

    [Fact]
    public void A_new_display_name_or_email_keeps_the_sessions() =>
        Assert.False(SecurityStamp.MustChange(Officer(), With(u => { u.DisplayName = "新名字"; u.Email = "a@b.test"; }), passwordChanged: false));

    private static User With(Action<User> change)
    {
        var user = Officer();
        change(user);
        return user;
    }
}
