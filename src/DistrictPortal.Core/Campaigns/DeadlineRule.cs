namespace DistrictPortal.Core.Campaigns;

/// <summary>
/// When a weekly return is due, set per campaign. P11: "相关街道办事处需于每周五向领导小组办公室报送", so the
/// default is Friday 17:00 (the end of the office day), Asia/Shanghai time.
/// The due day is the first <see cref="Day"/> on or after the week's ending Friday: Friday is that Friday,
/// Monday is the Monday after the week. A due day that is not a working day moves back to the last working
/// day before it (a holiday, or a plain weekend unless it is a make-up working day).
/// </summary>
public sealed record DeadlineRule(DayOfWeek Day, TimeOnly LocalTime)
{
    public static DeadlineRule Default { get; } = new(DayOfWeek.Friday, new TimeOnly(17, 0));

    /// <summary>The day named by the rule before any holiday moves it.</summary>
    public DateOnly NominalDay(DateOnly weekEnding) =>
        weekEnding.AddDays(((int)Day - (int)weekEnding.DayOfWeek + 7) % 7);
}
