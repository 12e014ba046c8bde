using System.Globalization;

namespace DistrictPortal.Core.Campaigns;

/// <summary>
/// The reporting week of the weekly return (每周五报送, P11): Saturday 00:00 to Friday 24:00 in the campaign's
/// zone (Asia/Shanghai), named by its Friday, the "week ending". Deadlines and timeliness are reckoned in that
/// zone whatever the server's own zone; callers pass UTC instants and get UTC instants back.
/// </summary>
public sealed class ReportingCalendar(TimeZoneInfo zone, HolidayCalendar holidays, DeadlineRule rule)
{
    public const string DefaultZoneId = "Asia/Shanghai";

    public ReportingCalendar(HolidayCalendar holidays, DeadlineRule? rule = null)
        : this(ShanghaiZone, holidays, rule ?? DeadlineRule.Default) { }

    /// <summary>IANA id: resolved by ICU on Linux and by .NET's IANA-to-Windows mapping on Windows.</summary>
    public static TimeZoneInfo ShanghaiZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(DefaultZoneId);

    public TimeZoneInfo Zone => zone;
    public HolidayCalendar Holidays => holidays;
    public DeadlineRule Rule => rule;

    /// <summary>The Friday that ends the reporting week containing <paramref name="date"/> (a Saturday belongs to the next Friday).</summary>
    public static DateOnly WeekEnding(DateOnly date) =>
        date.AddDays(((int)DayOfWeek.Friday - (int)date.DayOfWeek + 7) % 7);

    /// <summary>The Saturday that starts the week ending on <paramref name="weekEnding"/>.</summary>
    public static DateOnly WeekStart(DateOnly weekEnding) => RequireFriday(weekEnding).AddDays(-6);

    public static bool IsInWeek(DateOnly date, DateOnly weekEnding) =>
        date >= WeekStart(weekEnding) && date <= weekEnding;

    /// <summary>The local date of a UTC instant in the campaign's zone.</summary>
    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public DateOnly WeekEndingAt(DateTime utc) => WeekEnding(LocalDate(utc));

    /// <summary>[start, end) of the reporting week in UTC: Saturday 00:00 local to the next Saturday 00:00 local.</summary>
    public (DateTime StartUtc, DateTime EndUtc) WeekBoundsUtc(DateOnly weekEnding) =>
        (LocalToUtc(WeekStart(weekEnding), TimeOnly.MinValue), LocalToUtc(weekEnding.AddDays(1), TimeOnly.MinValue));

    /// <summary>The local day the return is due: the rule's day, moved back to the last working day when it is not one.</summary>
    public DateOnly DeadlineDate(DateOnly weekEnding) =>
        holidays.WorkingDayOnOrBefore(rule.NominalDay(RequireFriday(weekEnding)));

    /// <summary>
    /// Issue 16 item 8: the week's deadline was reckoned without a holiday notice, because the year of its Friday (or of
    /// the rule's due day, when that falls in the next year) has none entered. With the clock at 2026-12-31 and no 2027
    /// calendar every deadline lands on 2027-01-01 17:00, New Year's Day; the pages mark such a deadline instead of
    /// stating it as settled.
    /// </summary>
    public bool IsCalendarMissing(DateOnly weekEnding) =>
        !holidays.HasYear(weekEnding.Year) || !holidays.HasYear(rule.NominalDay(RequireFriday(weekEnding)).Year);

    /// <summary>
    /// Kept per week for the life of this calendar (its zone, holidays and rule never change): a city's league judges
    /// 2,800 returns of 14 weeks in one build, and converting the zone for each of them showed in issue 19's profile.
    /// </summary>
    public DateTime DeadlineUtc(DateOnly weekEnding) =>
        deadlines.TryGetValue(weekEnding, out var kept) ? kept : deadlines.GetOrAdd(weekEnding, LocalToUtc(DeadlineDate(weekEnding), rule.LocalTime));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, DateTime> deadlines = new();

    /// <summary>
    /// On time when first submitted at or before the deadline: 17:00:00 is on time, 17:00:01 late. Submission
    /// times count to the whole second (fractions dropped) so that what the page shows is what was judged.
    /// Resubmissions after a send-back do not change it: pass the first submission.
    /// </summary>
    public Timeliness Evaluate(DateOnly weekEnding, DateTime? firstSubmittedUtc, DateTime nowUtc)
    {
        var deadline = DeadlineUtc(weekEnding);
        if (firstSubmittedUtc is { } submitted)
            return TruncateToSecond(AsUtc(submitted)) <= deadline ? Timeliness.OnTime : Timeliness.Late;
        return AsUtc(nowUtc) <= deadline ? Timeliness.NotYetDue : Timeliness.Overdue;
    }

    /// <summary>Time left before the deadline, or how long it has passed (exactly at the deadline: zero left, not overdue).</summary>
    public Countdown CountdownAt(DateOnly weekEnding, DateTime nowUtc)
    {
        var deadline = DeadlineUtc(weekEnding);
        var left = deadline - AsUtc(nowUtc);
        return left >= TimeSpan.Zero
            ? new Countdown(deadline, left, TimeSpan.Zero)
            : new Countdown(deadline, TimeSpan.Zero, left.Negate());
    }

    public DateTime LocalToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), zone);

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(AsUtc(utc), zone);

    /// <summary>Every stored time is UTC, so an unspecified kind (as databases return) is taken as UTC.</summary>
    public static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };

    private static DateTime TruncateToSecond(DateTime value) =>
        new(value.Ticks - value.Ticks % TimeSpan.TicksPerSecond, value.Kind);

    private static DateOnly RequireFriday(DateOnly weekEnding) => weekEnding.DayOfWeek == DayOfWeek.Friday
        ? weekEnding
        : throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"A week ending must be a Friday; {weekEnding:yyyy-MM-dd} is a {weekEnding.DayOfWeek}."),
            nameof(weekEnding));
}

public enum Timeliness
{
    /// <summary>Not submitted and the deadline has not passed.</summary>
    NotYetDue = 0,
    OnTime = 1,
    Late = 2,
    /// <summary>Not submitted and the deadline has passed.</summary>
    Overdue = 3,
}

/// <summary>For the return page's banner: "还剩 2 天 3 小时" or "已逾期 5 小时".</summary>
public sealed record Countdown(DateTime DeadlineUtc, TimeSpan Remaining, TimeSpan OverdueBy)
{
    public bool IsOverdue => OverdueBy > TimeSpan.Zero;
}
