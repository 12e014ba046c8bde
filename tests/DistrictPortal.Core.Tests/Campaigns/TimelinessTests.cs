using DistrictPortal.Core.Campaigns;

namespace DistrictPortal.Core.Tests.Campaigns;

/// <summary>Week ending Fri 27 Nov 2026; deadline 17:00 Shanghai = 09:00:00Z. Inputs are UTC, so the server's own zone plays no part.</summary>
public class TimelinessTests
{
    private static readonly ReportingCalendar Calendar = new(HolidayCalendar.China2026);
    private static readonly DateOnly Week = new(2026, 11, 27);
    private static readonly DateTime Deadline = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Later = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void At_17_00_00_is_on_time_and_17_00_01_is_late()
    {
        Assert.Equal(Timeliness.OnTime, Calendar.Evaluate(Week, Deadline, Later));
        Assert.Equal(Timeliness.Late, Calendar.Evaluate(Week, Deadline.AddSeconds(1), Later));
        Assert.Equal(Timeliness.OnTime, Calendar.Evaluate(Week, Deadline.AddDays(-3), Later));
    }

    [Fact]
    public void Fractions_of_a_second_are_dropped_so_17_00_00_999_counts_as_17_00_00()
    {
        Assert.Equal(Timeliness.OnTime, Calendar.Evaluate(Week, Deadline.AddMilliseconds(999), Later));
    }

    [Fact]
    public void Times_read_back_from_a_database_without_a_kind_are_taken_as_UTC()
    {
        var unspecified = DateTime.SpecifyKind(Deadline.AddSeconds(1), DateTimeKind.Unspecified);
        Assert.Equal(Timeliness.Late, Calendar.Evaluate(Week, unspecified, Later));
        var unspecifiedOnTime = DateTime.SpecifyKind(Deadline, DateTimeKind.Unspecified);
        Assert.Equal(Timeliness.OnTime, Calendar.Evaluate(Week, unspecifiedOnTime, Later));
    }

    [Fact]
    public void A_local_server_time_is_converted_whatever_the_server_zone()
    {
        var local = Deadline.AddSeconds(1).ToLocalTime();
        Assert.Equal(Timeliness.Late, Calendar.Evaluate(Week, local, Later));
        Assert.Equal(Timeliness.OnTime, Calendar.Evaluate(Week, Deadline.ToLocalTime(), Later));
    }

    [Fact]
    public void Not_submitted_is_not_yet_due_up_to_the_deadline_and_overdue_after_it()
    {
        Assert.Equal(Timeliness.NotYetDue, Calendar.Evaluate(Week, null, Deadline.AddHours(-1)));
        Assert.Equal(Timeliness.NotYetDue, Calendar.Evaluate(Week, null, Deadline));
        Assert.Equal(Timeliness.Overdue, Calendar.Evaluate(Week, null, Deadline.AddSeconds(1)));
    }

    [Fact]
    public void Countdown_gives_the_time_left_before_and_the_overdue_time_after()
    {
        // Wed 25 Nov 15:00 Shanghai = 07:00Z: two days and two hours to go.
        var before = Calendar.CountdownAt(Week, new DateTime(2026, 11, 25, 7, 0, 0, DateTimeKind.Utc));
        Assert.Equal(new TimeSpan(2, 2, 0, 0), before.Remaining);
        Assert.False(before.IsOverdue);
        Assert.Equal(Deadline, before.DeadlineUtc);

        var atDeadline = Calendar.CountdownAt(Week, Deadline);
        Assert.Equal(TimeSpan.Zero, atDeadline.Remaining);
        Assert.False(atDeadline.IsOverdue);

        var after = Calendar.CountdownAt(Week, Deadline.AddHours(5).AddMinutes(30));
        Assert.True(after.IsOverdue);
        Assert.Equal(TimeSpan.Zero, after.Remaining);
        Assert.Equal(new TimeSpan(5, 30, 0), after.OverdueBy);
    }

    [Fact]
    public void Local_date_of_a_UTC_instant_is_the_Shanghai_date()
    {
        Assert.Equal(new DateOnly(2026, 11, 28), Calendar.LocalDate(new DateTime(2026, 11, 27, 16, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 11, 27), Calendar.LocalDate(new DateTime(2026, 11, 27, 15, 59, 59, DateTimeKind.Utc)));
    }
}
