using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;

namespace DistrictPortal.Core.Tests.Committees;

/// <summary>The recorded consultation: its outcome counts all households, and its deadlines cross month ends by the stated rule.</summary>
public class ResidentConsultationTests
{
    private static ResidentConsultation Held(int households, int ballots, int professional, int communityBased = 0) => new()
    {
        EstateId = 1, StartDate = new(2026, 3, 1), EndDate = new(2026, 3, 10),
        Households = households, BallotsReturned = ballots, VotesForProfessional = professional, VotesForCommunityBased = communityBased,
    };

    [Theory]
    [InlineData(100, 100, 50, ConsultationOutcome.CommunityBased)] // 50 of 100 is not more than half
    [InlineData(101, 101, 51, ConsultationOutcome.Professional)]   // 51 of 101 is
    [InlineData(200, 120, 101, ConsultationOutcome.Professional)]  // 101 of 200 households, with only 120 ballots back
    [InlineData(200, 120, 100, ConsultationOutcome.CommunityBased)] // 100 of 120 ballots is 83 %, but half the households
    public void Outcome_of_a_held_consultation(int households, int ballots, int professional, ConsultationOutcome expected)
    {
        var c = Held(households, ballots, professional, ballots - professional);
        Assert.Equal(expected, c.Outcome);
        Assert.Empty(CommitteeValidator.Validate(c, new DateOnly(2026, 11, 27)));
    }

    [Fact]
    public void A_consultation_without_an_end_date_has_no_outcome_yet()
    {
        var c = Held(200, 120, 150);
        c.EndDate = null;
        Assert.Equal(ConsultationOutcome.Pending, c.Outcome);
    }

    [Fact]
    public void Works_accepted_on_31_January_make_the_consultation_due_on_28_February()
    {
        // Stated rule (CalendarMonths): the same day a month later, or that month's last day when it has none.
        var record = new CommitteeRecord(7, new ResidentConsultation { EstateId = 7, WorksAcceptedOn = new DateOnly(2026, 1, 31) }, []);
        var track = record.ToTrack("七号小区");
        Assert.Equal(new DateOnly(2026, 2, 28), CommitteeDeadlines.ConsultationDue(track));
        Assert.Empty(CommitteeDeadlines.Alerts(track, new DateOnly(2026, 2, 28)));
        var alert = Assert.Single(CommitteeDeadlines.Alerts(track, new DateOnly(2026, 3, 1)));
        Assert.Equal((CommitteeAlertKind.ConsultationOverdue, new DateOnly(2026, 2, 28), 1), (alert.Kind, alert.DueDate, alert.Days));
        // In a leap year the same acceptance is due on 29 February.
        record.Consultation!.WorksAcceptedOn = new DateOnly(2028, 1, 31);
        Assert.Equal(new DateOnly(2028, 2, 29), CommitteeDeadlines.ConsultationDue(record.ToTrack("七号小区")));
    }

    [Fact]
    public void A_professional_outcome_ending_31_December_makes_the_meeting_due_on_28_February()
    {
        var c = Held(101, 101, 51);
        c.StartDate = new DateOnly(2026, 12, 20);
        c.EndDate = new DateOnly(2026, 12, 31);
        var track = new CommitteeRecord(1, c, []).ToTrack("一号小区");
        Assert.Equal(new DateOnly(2027, 2, 28), CommitteeDeadlines.MeetingDue(track));
        Assert.Equal(CommitteeAlertKind.MeetingOverdue, Assert.Single(CommitteeDeadlines.Alerts(track, new DateOnly(2027, 3, 1))).Kind);
    }

    [Fact]
    public void Validation_names_each_field()
    {
        var today = new DateOnly(2026, 11, 27);
        var c = new ResidentConsultation
        {
            WorksAcceptedOn = today.AddDays(1), StartDate = new(2026, 5, 10), EndDate = new(2026, 5, 1),
            Households = 100, BallotsReturned = 80, VotesForProfessional = 50, VotesForCommunityBased = 40,
        };
        var errors = CommitteeValidator.Validate(c, today);
        Assert.Equal(
            ["VotesForCommunityBased:VotesMoreThanBallots", "EndDate:BeforeStart", "WorksAcceptedOn:InFuture"],
            errors.Select(e => $"{e.Field}:{e.Code}").ToArray());

        var noStart = new ResidentConsultation { EndDate = new(2026, 5, 1), Households = 0 };
        Assert.Contains(CommitteeValidator.Validate(noStart, today), e => e.Field == "StartDate" && e.Code == "Required");
        var noHouseholds = new ResidentConsultation { StartDate = new(2026, 5, 1) };
        Assert.Contains(CommitteeValidator.Validate(noHouseholds, today), e => e.Field == "Households" && e.Code == "MustBePositive");
    }

    [Fact]
    public void Audit_records_only_changed_fields_and_the_outcome()
    {
        var context = new ChangeContext(1, "pailou", new DateTime(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc));
        var before = Held(200, 120, 100, 20);
        var after = before.Copy();
        after.VotesForProfessional = 101;
        after.VotesForCommunityBased = 19;
        var entries = CommitteeAudit.Diff(before, after, context);
        Assert.Equal(
            ["VotesForProfessional 100→101", "VotesForCommunityBased 20→19", "Outcome CommunityBased→Professional"],
            entries.Select(e => $"{e.Field} {e.OldValue}→{e.NewValue}").ToArray());

        var created = CommitteeAudit.Diff(null, new ResidentConsultation { EstateId = 5, WorksAcceptedOn = new(2026, 10, 1) }, context);
        Assert.Equal([(AuditActions.Create, (string?)null), (AuditActions.Update, "WorksAcceptedOn")], created.Select(e => (e.Action, e.Field)).ToArray());
        Assert.All(created, e => Assert.Equal((CommitteeAudit.ConsultationEntity, 5L), (e.EntityType, e.EntityId)));
    }
}
