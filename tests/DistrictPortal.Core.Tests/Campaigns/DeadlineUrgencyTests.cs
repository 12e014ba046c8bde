using DistrictPortal.Core.Campaigns;

namespace DistrictPortal.Core.Tests.Campaigns;

/// <summary>Amber under 24 hours, red under 2, on the deadline engine's own countdown (holiday moves included).</summary>
public class DeadlineUrgencyTests
{
    private static readonly ReportingCalendar Plain = new(HolidayCalendar.None);
    private static readonly ReportingCalendar China2026 = new(HolidayCalendar.China2026);
    private static readonly DateOnly Week = new(2026, 11, 27);
    // Friday 27 Nov 2026, 17:00 Shanghai.
    private static readonly DateTime Deadline = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(48 * 60, Urgency.Calm)]
    [InlineData(24 * 60, Urgency.Calm)]
    [InlineData(24 * 60 - 1, Urgency.Soon)]
    [InlineData(121, Urgency.Soon)]
    [InlineData(120, Urgency.Soon)]
    [InlineData(119, Urgency.Imminent)]
    [InlineData(90, Urgency.Imminent)]
    [InlineData(0, Urgency.Imminent)]
    [InlineData(-1, Urgency.Overdue)]
    public void Urgency_by_minutes_left(int minutesLeft, Urgency expected) =>
        Assert.Equal(expected, DeadlineUrgency.Of(Plain.CountdownAt(Week, Deadline.AddMinutes(-minutesLeft))));

    [Fact]
    public void A_submitted_return_is_never_urgent()
    {
        Assert.Equal(Urgency.Calm, DeadlineUrgency.Of(Plain.CountdownAt(Week, Deadline.AddMinutes(-30)), submitted: true));
        Assert.Equal(Urgency.Calm, DeadlineUrgency.Of(Plain.CountdownAt(Week, Deadline.AddHours(5)), submitted: true));
    }

    [Fact]
    public void A_holiday_moved_deadline_turns_red_on_its_own_day()
    {
        // National Day 2026: the week ending Fri 2 Oct is due Wed 30 Sep 17:00 (09:00 UTC).
        var week = new DateOnly(2026, 10, 2);
        var wednesday1530 = new DateTime(2026, 9, 30, 7, 30, 0, DateTimeKind.Utc);
        Assert.Equal(Urgency.Imminent, DeadlineUrgency.Of(China2026.CountdownAt(week, wednesday1530)));
        Assert.Equal(Urgency.Calm, DeadlineUrgency.Of(Plain.CountdownAt(week, wednesday1530)));
    }
}
