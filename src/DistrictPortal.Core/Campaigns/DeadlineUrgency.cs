namespace DistrictPortal.Core.Campaigns;

/// <summary>How pressing a return's deadline is, as the home page and the return show it (issue 15).</summary>
public enum Urgency
{
    /// <summary>More than a day left, or nothing left to file.</summary>
    Calm = 0,
    /// <summary>Under 24 hours left: amber.</summary>
    Soon = 1,
    /// <summary>Under 2 hours left: red.</summary>
    Imminent = 2,
    /// <summary>The deadline has passed and nothing was submitted.</summary>
    Overdue = 3,
}

/// <summary>
/// The urgency rule: amber under 24 hours, red under 2 hours, reckoned on the countdown the deadline engine gives
/// (holiday-moved deadlines included). A return already submitted is never urgent: its deadline no longer asks anything.
/// </summary>
public static class DeadlineUrgency
{
    public static readonly TimeSpan SoonWithin = TimeSpan.FromHours(24);
    public static readonly TimeSpan ImminentWithin = TimeSpan.FromHours(2);

    public static Urgency Of(Countdown countdown, bool submitted = false) =>
        submitted ? Urgency.Calm
        : countdown.IsOverdue ? Urgency.Overdue
        : countdown.Remaining < ImminentWithin ? Urgency.Imminent
        : countdown.Remaining < SoonWithin ? Urgency.Soon
        : Urgency.Calm;
}
