using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;
using static DistrictPortal.Core.Tests.Returns.RowBuilder;

namespace DistrictPortal.Core.Tests.Returns;

public class ReturnValidatorTests
{
    private static readonly Dictionary<long, ReturnRow> NoPrevious = [];

    private static IReadOnlyList<ValidationError> Validate(params ReturnRow[] rows) =>
        ReturnValidator.Validate(Return(rows), NoPrevious, Today);

    private static ValidationError Single(IReadOnlyList<ValidationError> errors, string code) =>
        Assert.Single(errors, e => e.Code == code);

    [Fact]
    public void A_properly_struck_off_row_and_an_open_row_pass()
    {
        Assert.Empty(Validate(StruckOff(1, new DateOnly(2026, 11, 23)), Open(2)));
    }

    [Fact]
    public void Struck_off_without_all_six_haves_names_the_estate_and_the_field()
    {
        var row = With(StruckOff(1042, new DateOnly(2026, 11, 23), name: "观音岩小区"),
            r => r.SixHaves = SixHaves.All & ~SixHaves.Parking);
        var error = Single(Validate(row), ReturnErrors.StruckOffNeedsSixHaves);
        Assert.Equal("Rows[1042].SixHaves", error.Field);
        Assert.Equal("观音岩小区", error.Args[0]);
        Assert.Equal(5, error.Args[1]);
    }

    [Fact]
    public void Struck_off_without_a_mode_is_refused()
    {
        var row = With(StruckOff(7, new DateOnly(2026, 11, 23)), r => r.Mode = ManagementMode.None);
        Assert.Equal("Rows[7].Mode", Single(Validate(row), ReturnErrors.StruckOffNeedsMode).Field);
    }

    [Fact]
    public void Struck_off_needs_a_date_no_later_than_today_and_the_week_ending()
    {
        Assert.Equal("Rows[1].StruckOffDate",
            Single(Validate(With(StruckOff(1, default), r => r.StruckOffDate = null)), ReturnErrors.StruckOffNeedsDate).Field);
        Single(Validate(StruckOff(1, Today.AddDays(1))), ReturnErrors.DateInFuture);

        // Filed on Monday 30 Nov for the week ending 27 Nov: a strike-off on 28 Nov belongs to next week's return.
        var errors = ReturnValidator.Validate(Return(StruckOff(1, new DateOnly(2026, 11, 28))), NoPrevious, new DateOnly(2026, 11, 30));
        Single(errors, ReturnErrors.StruckOffAfterWeek);
    }

    [Fact]
    public void A_strike_off_date_without_the_strike_off_is_refused()
    {
        Single(Validate(With(Open(1), r => r.StruckOffDate = new DateOnly(2026, 11, 23))), ReturnErrors.DateWithoutStrikeOff);
    }

    [Fact]
    public void Milestone_dates_cannot_be_in_the_future()
    {
        var error = Single(Validate(With(Open(9, "太平小区"), r => r.ContractSignedDate = Today.AddDays(1))), ReturnErrors.DateInFuture);
        Assert.Equal("Rows[9].ContractSignedDate", error.Field);
        Assert.Equal("太平小区", error.Args[0]);
        Assert.Empty(Validate(With(Open(9), r => r.ContractSignedDate = Today)));
    }

    [Fact]
    public void The_committee_tracks_dates_are_shown_not_checked_by_the_return()
    {
        // Consultation 10 Nov, committee 5 Nov (elected before the campaign, say): the committee page is their home
        // and checks them; the return only shows them, so the officer is never blocked by a date they cannot edit.
        var row = With(Open(5), r =>
        {
            r.ConsultationDate = new DateOnly(2026, 11, 10);
            r.CommitteeElectedDate = new DateOnly(2026, 11, 5);
        });
        Assert.Empty(Validate(row));
    }

    [Fact]
    public void Milestones_on_the_same_day_are_in_order()
    {
        var day = new DateOnly(2026, 11, 10);
        Assert.Empty(Validate(With(Open(5), r =>
        {
            r.ConsultationDate = day;
            r.OwnersMeetingDate = day;
            r.CommitteeElectedDate = day;
            r.ContractSignedDate = day;
        })));
    }

    [Fact]
    public void An_accepted_strike_off_cannot_be_struck_off_again_on_another_date_nor_withdrawn()
    {
        var previous = new Dictionary<long, ReturnRow> { [1] = StruckOff(1, new DateOnly(2026, 11, 13)) };

        var again = ReturnValidator.Validate(Return(StruckOff(1, new DateOnly(2026, 11, 23))), previous, Today);
        var error = Single(again, ReturnErrors.AlreadyStruckOff);
        Assert.Equal(new DateOnly(2026, 11, 13), error.Args[1]);

        Single(ReturnValidator.Validate(Return(Open(1)), previous, Today), ReturnErrors.StruckOffWithdrawn);
        Assert.Empty(ReturnValidator.Validate(Return(StruckOff(1, new DateOnly(2026, 11, 13))), previous, Today));
    }

    [Fact]
    public void Negative_households_and_duplicate_estates_are_refused()
    {
        var errors = Validate(Open(1, households: -1), Open(2), Open(2));
        Assert.Equal("Rows[1].Households", Single(errors, ReturnErrors.NotNegative).Field);
        Assert.Equal("Rows[2].EstateId", Single(errors, ReturnErrors.DuplicateEstate).Field);
    }
}
