using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Core.Tests.Returns;

/// <summary>Issue 13's small rules: which reading a figure is, 有物管用房 as the 5‰ check says, the operator audit names.</summary>
public class AsOfTests
{
    private static readonly DateOnly Friday = new(2026, 11, 27);
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Fact]
    public void A_frozen_figure_names_its_week_and_a_live_one_today()
    {
        var frozen = AsOf.Frozen(Friday, Today);
        var live = AsOf.Live(Today);
        Assert.Equal((true, "frozen", Friday), (frozen.IsFrozen, frozen.Kind, frozen.Date));
        Assert.Equal((false, "live", Today), (live.IsFrozen, live.Kind, live.Date));
        Assert.NotEqual(frozen, AsOf.Frozen(Friday.AddDays(-7), Today));
    }

    [Theory]
    [InlineData("50", false, true)]     // met: a room
    [InlineData("49.99", true, true)]   // interim: a rented or borrowed room (P8)
    [InlineData("49.99", false, false)] // short: none, whatever was ticked
    [InlineData(null, false, false)]
    public void The_management_room_have_is_the_five_per_mille_check(string? room, bool interim, bool has)
    {
        foreach (var ticked in new[] { EightHaves.All, EightHaves.None })
        {
            var estate = new Estate { FloorArea = 10_000m, ManagementRoomArea = room is null ? null : decimal.Parse(room, System.Globalization.CultureInfo.InvariantCulture), IsManagementRoomInterim = interim, EightHaves = ticked };
            var haves = ManagementRoomCheck.EightHavesOf(estate);
            Assert.Equal(has, haves.HasFlag(EightHaves.ManagementRoom));
            // The other seven are as typed.
            Assert.Equal(ticked & ~EightHaves.ManagementRoom, haves & ~EightHaves.ManagementRoom);
        }
    }

    [Fact]
    public void The_audit_names_the_person_and_falls_back_to_the_login_only_without_a_name()
    {
        Assert.Equal("牌楼街道报送员", AuditName.Of(new User { UserName = "pailou", DisplayName = "牌楼街道报送员" }));
        Assert.Equal("pailou", AuditName.Of(new User { UserName = "pailou", DisplayName = " " }));
    }
}
