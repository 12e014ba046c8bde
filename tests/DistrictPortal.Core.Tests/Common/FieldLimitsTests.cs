using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Funding;
using DistrictPortal.Core.Retrofit;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Core.Tests.Common;

public sealed class FieldLimitsTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Fact]
    public void Every_limit_fits_what_SQL_Server_stores_to_the_cent_at_most()
    {
        Assert.NotEmpty(FieldLimits.All);
        foreach (var (name, limit) in FieldLimits.All)
        {
            Assert.True(limit.Max <= FieldLimits.SqlDecimal18_2Max, $"{name} exceeds DECIMAL(18,2)");
            Assert.True(limit.Decimals is >= 0 and <= 2, $"{name} allows {limit.Decimals} decimals");
            if (limit.Decimals == 0)
                Assert.True(limit.Max <= int.MaxValue, $"{name} is stored as INT");
            Assert.True(limit.Min <= 0 && limit.Max > 0, name);
        }
    }

    private static Estate Estate() => new()
    {
        Name = "测试小区", CommunityId = 1, YearBuilt = 1995, Buildings = 10, Households = 300, FloorArea = 25_000m,
        ManagementRoomArea = 125m, Class = EstateClass.One, Status = ManagementStatus.Unmanaged,
    };

    [Theory]
    [InlineData("FloorArea", "79228162514264337593543950335", "TooLarge")]
    [InlineData("FloorArea", "100000000000000000000", "TooLarge")]
    [InlineData("FloorArea", "10000000.01", "TooLarge")]
    [InlineData("FloorArea", "1234.567", "TwoDecimals")]
    [InlineData("ManagementRoomArea", "12.345", "TwoDecimals")]
    [InlineData("Households", "2147483647", "TooLarge")]
    [InlineData("Buildings", "2147483647", "TooLarge")]
    public void An_estate_number_beyond_its_range_or_past_the_cent_is_refused_naming_the_field(string field, string value, string code)
    {
        var estate = Estate();
        var number = decimal.Parse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        switch (field)
        {
            case "FloorArea": estate.FloorArea = number; break;
            case "ManagementRoomArea": estate.ManagementRoomArea = number; break;
            case "Households": estate.Households = (int)number; break;
            case "Buildings": estate.Buildings = (int)number; break;
        }

        var error = Assert.Single(EstateValidator.Validate(estate, 2026));

        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public void The_largest_plausible_estate_passes()
    {
        var estate = Estate();
        estate.FloorArea = FieldLimits.FloorArea.Max;
        estate.Households = (int)FieldLimits.Households.Max;
        estate.Buildings = (int)FieldLimits.Buildings.Max;
        estate.ManagementRoomArea = FieldLimits.ManagementRoomArea.Max;
        Assert.Empty(EstateValidator.Validate(estate, 2026));
    }

    [Fact]
    public void Consultation_counts_retrofit_areas_and_amounts_have_maxima()
    {
        var consultation = new ResidentConsultation { Households = int.MaxValue, BallotsReturned = 10, VotesForProfessional = 5, VotesForCommunityBased = 1 };
        Assert.Contains(CommitteeValidator.Validate(consultation, Today), e => e is { Field: "Households", Code: "TooLarge" });

        var project = new RetrofitProject { Name = "改造", EstateId = 1, WorkItems = RetrofitWorkItems.Enclosure, Area = 9_999_999_999_999_999m, Status = RetrofitStatus.Planned };
        Assert.Contains(RetrofitProjectValidator.Validate(project, Today), e => e is { Field: "Area", Code: "TooLarge" });

        var cost = new CostItem { Category = CostCategory.HousingCommonParts, Amount = 99_999_999_999_999m, Year = 2026 };
        Assert.Contains(FundingValidator.Validate(cost, Today), e => e is { Field: "Amount", Code: "TooLarge" });
        var payment = new Payment { Payer = Payer.City, Amount = 99_999_999_999_999m, PaidDate = Today };
        Assert.Contains(FundingValidator.Validate(payment, Today), e => e is { Field: "Amount", Code: "TooLarge" });
    }

    [Fact]
    public void A_return_row_with_more_households_than_any_estate_has_is_refused()
    {
        var weeklyReturn = new WeeklyReturn { WeekEnding = new DateOnly(2026, 11, 27) };
        weeklyReturn.Rows.Add(new ReturnRow { EstateId = 7, EstateName = "某小区", Households = int.MaxValue });

        var error = Assert.Single(ReturnValidator.Validate(weeklyReturn, new Dictionary<long, ReturnRow>(), Today));

        Assert.Equal(("Rows[7].Households", "TooLarge"), (error.Field, error.Code));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(3_000_000, Paging.MaxPage)]
    [InlineData(int.MaxValue, Paging.MaxPage)]
    public void A_page_number_is_clamped_so_the_rows_to_skip_fit_an_INT(int asked, int expected)
    {
        var query = new EstateQuery { ScopePath = "/1/", Page = asked, PageSize = int.MaxValue };

        Assert.Equal(expected, query.Page);
        Assert.Equal(Paging.MaxPageSize, query.PageSize);
        Assert.True((long)(query.Page - 1) * query.PageSize <= int.MaxValue);
        Assert.Equal(Paging.DefaultPageSize, new EstateQuery { ScopePath = "/1/", PageSize = 0 }.PageSize);
    }

    [Theory]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    [InlineData("1899-12-31", false)]
    [InlineData("2100-01-01", false)]
    [InlineData("1900-01-01", true)]
    [InlineData("2026-11-27", true)]
    public void Dates_are_plausible_within_this_and_the_last_century(string date, bool plausible) =>
        Assert.Equal(plausible, FieldLimits.IsPlausibleDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
