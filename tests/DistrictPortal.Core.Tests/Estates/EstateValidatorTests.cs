using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Tests.Estates;

public class EstateValidatorTests
{
    private const int ThisYear = 2026;

    private static Estate Valid() => new()
    {
        CommunityId = 19,
        Name = "印盒石小区",
        Address = "牌楼街道印盒石路1号",
        YearBuilt = 1995,
        IsCompleteSet = true,
        Buildings = 6,
        Households = 240,
        FloorArea = 18_000m,
        ManagementRoomArea = 90m,
        Class = EstateClass.Two,
        Status = ManagementStatus.Unmanaged,
        Mode = ManagementMode.None,
    };

    private static ValidationError OnlyError(Action<Estate> change)
    {
        var e = Valid();
        change(e);
        return Assert.Single(EstateValidator.Validate(e, ThisYear));
    }

    [Fact]
    public void A_valid_estate_passes() => Assert.Empty(EstateValidator.Validate(Valid(), ThisYear));

    [Theory]
    [InlineData("", "Required")]
    [InlineData("   ", "Required")]
    public void Name_is_required(string name, string code)
    {
        var error = OnlyError(e => e.Name = name);
        Assert.Equal((nameof(Estate.Name), code), (error.Field, error.Code));
    }

    [Fact]
    public void Name_and_address_have_a_maximum_length()
    {
        Assert.Empty(EstateValidator.Validate(With(e => e.Name = new string('甲', 100)), ThisYear));
        var name = OnlyError(e => e.Name = new string('甲', 101));
        Assert.Equal((nameof(Estate.Name), "TooLong", 100), (name.Field, name.Code, name.Args[0]));
        var address = OnlyError(e => e.Address = new string('路', 201));
        Assert.Equal((nameof(Estate.Address), "TooLong"), (address.Field, address.Code));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2027)]
    public void Year_built_is_between_1900_and_this_year(int year)
    {
        var error = OnlyError(e => e.YearBuilt = year);
        Assert.Equal((nameof(Estate.YearBuilt), "YearOutOfRange"), (error.Field, error.Code));
        Assert.Equal([1900, ThisYear], error.Args);
    }

    [Fact]
    public void Year_built_bounds_are_inclusive_and_unknown_is_allowed()
    {
        Assert.Empty(EstateValidator.Validate(With(e => e.YearBuilt = 1900), ThisYear));
        Assert.Empty(EstateValidator.Validate(With(e => e.YearBuilt = ThisYear), ThisYear));
        Assert.Empty(EstateValidator.Validate(With(e => e.YearBuilt = null), ThisYear));
    }

    [Fact]
    public void Each_rule_names_its_field()
    {
        Assert.Equal(nameof(Estate.CommunityId), OnlyError(e => e.CommunityId = 0).Field);
        Assert.Equal(nameof(Estate.Buildings), OnlyError(e => e.Buildings = -1).Field);
        Assert.Equal(nameof(Estate.Households), OnlyError(e => e.Households = -1).Field);
        Assert.Equal((nameof(Estate.FloorArea), "MustBePositive"), Pair(OnlyError(e => e.FloorArea = 0m)));
        Assert.Equal((nameof(Estate.ManagementRoomArea), "NotNegative"), Pair(OnlyError(e => e.ManagementRoomArea = -1m)));
        Assert.Equal((nameof(Estate.ManagementRoomArea), "RoomLargerThanEstate"), Pair(OnlyError(e => e.ManagementRoomArea = 18_000.01m)));
        Assert.Equal((nameof(Estate.Class), "Invalid"), Pair(OnlyError(e => e.Class = (EstateClass)9)));
        Assert.Equal((nameof(Estate.Status), "Invalid"), Pair(OnlyError(e => e.Status = (ManagementStatus)9)));
        Assert.Equal((nameof(Estate.Mode), "Invalid"), Pair(OnlyError(e => { e.Status = ManagementStatus.Professional; e.Mode = (ManagementMode)9; })));
    }

    [Fact]
    public void An_unmanaged_estate_has_no_mode_yet()
    {
        Assert.Equal((nameof(Estate.Mode), "UnmanagedHasNoMode"), Pair(OnlyError(e => e.Mode = ManagementMode.CommunityTrusteeship)));
        Assert.Empty(EstateValidator.Validate(With(e => { e.Status = ManagementStatus.Professional; e.Mode = ManagementMode.PropertyEnterprise; }), ThisYear));
    }

    [Fact]
    public void An_unmanaged_estate_may_carry_mode_4_from_its_package_until_a_return_strikes_it_off()
    {
        Assert.Empty(EstateValidator.Validate(With(e => { e.Status = ManagementStatus.Unmanaged; e.Mode = ManagementMode.SubDistrictPackage; }), ThisYear));
        Assert.Equal((nameof(Estate.Mode), "UnmanagedHasNoMode"), Pair(OnlyError(e => e.Mode = ManagementMode.PropertyEnterprise)));
    }

    [Fact]
    public void Several_broken_rules_are_all_reported()
    {
        var errors = EstateValidator.Validate(With(e => { e.Name = ""; e.FloorArea = -1m; e.Households = -3; }), ThisYear);
        Assert.Equal([nameof(Estate.Name), nameof(Estate.Households), nameof(Estate.FloorArea)], errors.Select(x => x.Field).ToArray());
    }

    [Theory]
    [InlineData(1998, true, ManagementStatus.Unmanaged, true)]
    [InlineData(1999, true, ManagementStatus.Unmanaged, false)] // "1999年之前建成": 1999 itself is out
    [InlineData(1990, false, ManagementStatus.Unmanaged, false)] // not complete-set housing
    [InlineData(1990, true, ManagementStatus.Professional, false)]
    [InlineData(1990, true, ManagementStatus.UnitSelfManaged, true)]
    public void Old_estate_programme_scope_P8(int year, bool completeSet, ManagementStatus status, bool expected) =>
        Assert.Equal(expected, EstateValidator.IsInOldEstateProgramme(With(e => { e.YearBuilt = year; e.IsCompleteSet = completeSet; e.Status = status; })));

    [Fact]
    public void Unknown_year_is_not_in_the_programme() =>
        Assert.False(EstateValidator.IsInOldEstateProgramme(With(e => e.YearBuilt = null)));

    private static Estate With(Action<Estate> change)
    {
        var e = Valid();
        change(e);
        return e;
    }

    private static (string, string) Pair(ValidationError e) => (e.Field, e.Code);
}
