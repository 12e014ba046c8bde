using DistrictPortal.Core.Committees;

namespace DistrictPortal.Core.Tests.Committees;

public class CommitteeDeadlinesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static CommitteeTrack Track(long id, Action<CommitteeTrack>? change = null)
    {
        var t = new CommitteeTrack { EstateId = id, EstateName = $"小区{id:00}", Households = 100 };
        change?.Invoke(t);
        return t;
    }

    private static CommitteeAlertKind[] Kinds(CommitteeTrack t) =>
        CommitteeDeadlines.Alerts(t, Today).Select(a => a.Kind).ToArray();

    [Fact]
    public void Consultation_is_due_one_calendar_month_after_acceptance_and_overdue_the_day_after()
    {
        var due = Track(1, t => t.HardwareAcceptedDate = new DateOnly(2026, 10, 27)); // due 27 Nov: today, still in time
        Assert.Empty(Kinds(due));

        var late = Track(2, t => t.HardwareAcceptedDate = new DateOnly(2026, 10, 26)); // due 26 Nov
        var alert = Assert.Single(CommitteeDeadlines.Alerts(late, Today));
        Assert.Equal(CommitteeAlertKind.ConsultationOverdue, alert.Kind);
        Assert.Equal(new DateOnly(2026, 11, 26), alert.DueDate);
        Assert.Equal(1, alert.Days);

        var done = Track(3, t => { t.HardwareAcceptedDate = new DateOnly(2026, 8, 1); t.ConsultationDate = new DateOnly(2026, 8, 20); t.VotesForProfessional = 30; });
        Assert.Empty(Kinds(done));
    }

    [Fact]
    public void Owners_meeting_and_committee_are_due_two_months_after_a_professional_outcome()
    {
        // Consultation 31 Jul: due 30 Sep (September has no 31st).
        var professional = Track(1, t => { t.ConsultationDate = new DateOnly(2026, 7, 31); t.VotesForProfessional = 51; });
        Assert.Equal(new DateOnly(2026, 9, 30), CommitteeDeadlines.MeetingDue(professional));
        var alert = Assert.Single(CommitteeDeadlines.Alerts(professional, Today));
        Assert.Equal(CommitteeAlertKind.MeetingOverdue, alert.Kind);
        Assert.Equal(58, alert.Days);

        var meetingOnly = Track(2, t => { t.ConsultationDate = new DateOnly(2026, 7, 31); t.VotesForProfessional = 51; t.OwnersMeetingDate = new DateOnly(2026, 9, 1); });
        Assert.Equal([CommitteeAlertKind.MeetingOverdue], Kinds(meetingOnly));

        var communityBased = Track(3, t => { t.ConsultationDate = new DateOnly(2026, 7, 31); t.VotesForProfessional = 50; });
        Assert.Null(CommitteeDeadlines.MeetingDue(communityBased));
        Assert.Empty(Kinds(communityBased));
    }

    [Fact]
    public void An_elected_committee_without_a_filing_is_flagged()
    {
        var t = Track(1, t => { t.ConsultationDate = new DateOnly(2026, 9, 1); t.VotesForProfessional = 60; t.OwnersMeetingDate = new DateOnly(2026, 10, 10); t.CommitteeElectedDate = new DateOnly(2026, 10, 10); });
        Assert.Equal([CommitteeAlertKind.FilingMissing], Kinds(t));
        t.FilingDate = new DateOnly(2026, 10, 20);
        Assert.Empty(Kinds(t));
    }

    [Theory]
    [InlineData("2027-02-25", CommitteeAlertKind.TermEndingSoon, 90)]
    [InlineData("2026-11-27", CommitteeAlertKind.TermEndingSoon, 0)]
    [InlineData("2026-11-26", CommitteeAlertKind.TermExpired, 1)]
    public void Term_ending_within_90_days_or_past(string termEnd, CommitteeAlertKind kind, int days)
    {
        var alert = Assert.Single(CommitteeDeadlines.Alerts(Track(1, t => t.TermEndDate = DateOnly.Parse(termEnd)), Today));
        Assert.Equal(kind, alert.Kind);
        Assert.Equal(days, alert.Days);
    }

    [Fact]
    public void A_term_ending_in_91_days_is_not_flagged() =>
        Assert.Empty(Kinds(Track(1, t => t.TermEndDate = new DateOnly(2027, 2, 26))));

    [Fact]
    public void Classify_lists_every_alert_of_every_estate_in_name_order()
    {
        var alerts = CommitteeDeadlines.Classify(
        [
            Track(2, t => { t.HardwareAcceptedDate = new DateOnly(2026, 9, 1); t.TermEndDate = new DateOnly(2026, 12, 31); }),
            Track(1, t => t.HardwareAcceptedDate = new DateOnly(2026, 9, 1)),
            Track(3),
        ], Today);

        Assert.Equal(
            [(1L, CommitteeAlertKind.ConsultationOverdue), (2L, CommitteeAlertKind.ConsultationOverdue), (2L, CommitteeAlertKind.TermEndingSoon)],
            alerts.Select(a => (a.EstateId, a.Kind)).ToArray());
    }
}
