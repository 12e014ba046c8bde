using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Packages;

namespace DistrictPortal.Core.Tests.Packages;

/// <summary>Mode 4's rules: grades, quarter and year scores, the renewal vote's half, the tender and the membership.</summary>
public sealed class PackageRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly Package Live = new() { Id = 1, SubDistrictId = 9, Name = "一号包", CreatedOn = new(2026, 1, 5), Path = "/1/2/9/" };

    private static PackageReview Review(long estate, int year, int quarter, int score) =>
        new() { EstateId = estate, Year = year, Quarter = quarter, Score = score };

    private static TenderInput Tender() => new()
    {
        Date = new(2026, 3, 1), Bidders = "甲物业\n乙物业\n丙物业", WinnerName = "乙物业", Price = 360000m,
        TermStart = new(2026, 4, 1), TermEnd = new(2029, 3, 31),
    };

    [Theory]
    [InlineData(100, ReviewGrade.Excellent)]
    [InlineData(90, ReviewGrade.Excellent)]
    [InlineData(89.9, ReviewGrade.Good)]
    [InlineData(80, ReviewGrade.Good)]
    [InlineData(79.9, ReviewGrade.Pass)]
    [InlineData(60, ReviewGrade.Pass)]
    [InlineData(59.9, ReviewGrade.Fail)]
    [InlineData(0, ReviewGrade.Fail)]
    public void Grades_fall_on_90_80_and_60(double score, ReviewGrade grade) =>
        Assert.Equal(grade, PackageRules.GradeOf((decimal)score));

    [Fact]
    public void A_quarter_scores_the_mean_of_its_estates_to_one_decimal_and_the_year_the_mean_of_its_quarters()
    {
        var reviews = new[]
        {
            Review(1, 2026, 1, 90), Review(2, 2026, 1, 85), Review(3, 2026, 1, 86), // 87.0
            Review(1, 2026, 2, 60), Review(2, 2026, 2, 59),                         // 59.5
            Review(1, 2025, 4, 95),
        };

        var quarters = PackageRules.Quarters(reviews);
        var years = PackageRules.Years(reviews);

        Assert.Equal([(2026, 2, 59.5m, ReviewGrade.Fail), (2026, 1, 87.0m, ReviewGrade.Good), (2025, 4, 95m, ReviewGrade.Excellent)],
            quarters.Select(q => (q.Year, q.Quarter, q.Score, q.Grade)));
        Assert.Equal(3, quarters.Single(q => q.Quarter == 1 && q.Year == 2026).EstatesReviewed);
        var y2026 = years.First();
        // (87.0 + 59.5) / 2 = 73.25 → 73.3 (halves away from zero): a pass, provisional with two quarters of four.
        Assert.Equal((2026, 2, 73.3m, ReviewGrade.Pass, false), (y2026.Year, y2026.QuartersReviewed, y2026.Score, y2026.Grade, y2026.IsComplete));
    }

    [Theory]
    [InlineData(100, 51, true)]
    [InlineData(100, 50, false)]
    [InlineData(101, 51, true)]
    [InlineData(0, 0, false)]
    public void Renewal_needs_more_than_half_of_all_households(int households, int votes, bool renewed) =>
        Assert.Equal(renewed, PackageRules.Renewed(households, votes));

    [Fact]
    public void A_vote_of_all_ballots_returned_still_counts_against_all_households()
    {
        // 60 ballots of 200 households, all 60 for renewal: not more than half of ALL households.
        var vote = new PackageVote { Households = 200, BallotsReturned = 60, VotesForRenewal = 60 };
        Assert.False(vote.Renewed);
    }

    [Fact]
    public void Quarters_run_from_the_first_of_january_april_july_october()
    {
        Assert.Equal((4, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)),
            (PackageRules.QuarterOf(Today), PackageRules.QuarterStart(2026, 4), PackageRules.QuarterEnd(2026, 4)));
        Assert.Equal(new DateOnly(2026, 3, 31), PackageRules.QuarterEnd(2026, 1));
    }

    [Fact]
    public void A_valid_tender_passes()
    {
        Assert.Empty(PackageService.ValidateTender(Live, Tender(), null, null, Today));
    }

    [Fact]
    public void A_tender_with_two_bidders_is_refused_naming_the_minimum()
    {
        var input = Tender();
        input.Bidders = "甲物业\n乙物业\n乙物业\n ";

        var error = Assert.Single(PackageService.ValidateTender(Live, input, null, null, Today));

        Assert.Equal((nameof(PackageTender.Bidders), PackageErrors.TooFewBidders, 3), (error.Field, error.Code, (int)error.Args[0]));
    }

    [Fact]
    public void The_winner_is_one_of_the_bidders_and_the_term_starts_after_the_tender_and_lasts_at_most_five_years()
    {
        var input = Tender();
        input.WinnerName = "丁物业";
        input.TermStart = new(2026, 2, 1);
        input.TermEnd = new(2031, 2, 2);

        var codes = PackageService.ValidateTender(Live, input, null, null, Today).Select(e => (e.Field, e.Code)).ToList();

        Assert.Equal([(nameof(PackageTender.WinnerName), PackageErrors.WinnerNotBidder), (nameof(PackageTender.TermStart), PackageErrors.TermBeforeTender),
            (nameof(PackageTender.TermEnd), PackageErrors.TermTooLong)], codes);
    }

    [Fact]
    public void A_new_tender_waits_for_the_notice_period_before_the_current_term_ends()
    {
        var current = new PackageTender { Id = 4, TermStart = new(2026, 4, 1), TermEnd = new(2027, 3, 31) };
        var early = Tender();
        early.Date = new(2026, 12, 1);
        early.TermStart = new(2027, 4, 1);
        early.TermEnd = new(2030, 3, 31);
        var inNotice = Tender();
        inNotice.Date = new(2027, 1, 1);
        inNotice.TermStart = new(2027, 4, 1);
        inNotice.TermEnd = new(2030, 3, 31);

        Assert.Equal(PackageErrors.TermRunning, Assert.Single(PackageService.ValidateTender(Live, early, null, current, Today)).Code);
        Assert.Empty(PackageService.ValidateTender(Live, inNotice, null, current, new DateOnly(2027, 1, 2)));
    }

    [Fact]
    public void A_tender_refuses_a_price_past_the_cent_a_future_date_and_a_dissolved_package()
    {
        var input = Tender();
        input.Price = 1.005m;
        input.Date = Today.AddDays(1);
        input.TermStart = Today.AddDays(2);

        Assert.Equal([ValidationCodes.NotInFuture, ValidationCodes.TwoDecimals],
            PackageService.ValidateTender(Live, input, null, null, Today).Select(e => e.Code));
        var dissolved = new Package { Id = 2, DissolvedOn = Today };
        Assert.Equal(PackageErrors.Dissolved, Assert.Single(PackageService.ValidateTender(dissolved, Tender(), null, null, Today)).Code);
    }

    [Fact]
    public void The_enterprise_chosen_stands_for_the_winner()
    {
        var input = Tender();
        input.WinnerName = null;
        input.WinnerEnterpriseId = 12;

        Assert.Empty(PackageService.ValidateTender(Live, input, "乙物业", null, Today));
        Assert.Equal(ValidationCodes.NotFound, Assert.Single(PackageService.ValidateTender(Live, input, null, null, Today)).Code);
    }

    [Fact]
    public void An_estate_in_another_live_package_or_outside_the_sub_district_is_refused_by_name()
    {
        var estates = new[] { new Estate { Id = 11, Name = "甲小区" }, new Estate { Id = 12, Name = "乙小区" } };
        var live = new[] { new PackageMember { PackageId = 7, EstateId = 12, Live = true } };
        var names = new Dictionary<long, string> { [7] = "二号包", [1] = "一号包" };

        var errors = PackageService.ValidatePackage(new PackageInput { Name = "三号包", EstateIds = [11, 12, 99] }, estates, live, null, names);

        Assert.Equal([(PackageErrors.InAnotherPackage, "乙小区"), (PackageErrors.NotInSubDistrict, "99")],
            errors.Select(e => (e.Code, e.Args[0].ToString())));
        Assert.Equal("二号包", errors[0].Args[1]);
        // The package itself may keep its own estate; a name is unique in the sub-district; a package has estates.
        Assert.Empty(PackageService.ValidatePackage(new PackageInput { Name = "二号包", EstateIds = [12] }, estates, live, new Package { Id = 7 }, names));
        Assert.Equal([PackageErrors.NameTaken, PackageErrors.NoEstates],
            PackageService.ValidatePackage(new PackageInput { Name = " 一号包 ", EstateIds = [] }, estates, live, null, names).Select(e => e.Code));
    }
}
