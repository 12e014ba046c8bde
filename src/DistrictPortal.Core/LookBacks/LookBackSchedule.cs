namespace DistrictPortal.Core.LookBacks;

/// <summary>
/// When look-backs fall due (P11: "回头看" before an estate counts as cleared for good). Configurable: the second
/// look-back <see cref="SecondAfterMonths"/> after the strike-off (default 3 months), and <see cref="GraceDays"/> after a
/// look-back falls due it is overdue (default 30 days).
/// </summary>
public sealed record LookBackSettings(int SecondAfterMonths = LookBackSettings.DefaultSecondAfterMonths, int GraceDays = LookBackSettings.DefaultGraceDays)
{
    public const int DefaultSecondAfterMonths = 3;
    public const int DefaultGraceDays = 30;
    public static readonly LookBackSettings Default = new();

    /// <summary>Nonsense in configuration (0, negative, years) is brought back into a sane range rather than failing the page.</summary>
    public LookBackSettings Sane() => new(Math.Clamp(SecondAfterMonths, 1, 24), Math.Clamp(GraceDays, 1, 365));
}

/// <summary>Where an estate stands with its look-backs.</summary>
public enum LookBackStage
{
    /// <summary>Not struck off (on the list, or back on it after a relapse).</summary>
    OnList = 0,
    /// <summary>销号（待回头看）: struck off, no look-back passed since; provisional.</summary>
    Provisional = 1,
    /// <summary>The first look-back passed; the second is due <see cref="LookBackSettings.SecondAfterMonths"/> after the strike-off.</summary>
    AwaitingSecond = 2,
    /// <summary>The second look-back passed too (巩固).</summary>
    Consolidated = 3,
}

/// <summary>An estate's look-back state today: its stage, the day the next look-back falls due and whether it is overdue.</summary>
public sealed record LookBackState(LookBackStage Stage, DateOnly? DueDate, bool IsDue, bool IsOverdue)
{
    public static readonly LookBackState OnList = new(LookBackStage.OnList, null, false, false);
    public bool IsProvisional => Stage == LookBackStage.Provisional;
}

/// <summary>
/// Decides an estate's look-back state from its registry strike-off (the registry's fact) and its look-backs (theirs), so
/// nothing of it is stored twice:
/// - not struck off: on the list;
/// - struck off, no look-back passed on or after the strike-off date: provisional (销号（待回头看）), due at once,
///   overdue <see cref="LookBackSettings.GraceDays"/> after the strike-off;
/// - a pass, none dated on or after the second due date (strike-off + <see cref="LookBackSettings.SecondAfterMonths"/>):
///   awaiting the second look-back, due on that date, overdue grace days later;
/// - a pass on or after the second due date: consolidated.
/// A failed look-back puts the estate back on the list (<see cref="LookBackService"/>), so it never leaves a struck-off
/// estate in any stage: the registry no longer holds the strike-off.
/// </summary>
public static class LookBackSchedule
{
    public static LookBackState For(DateOnly? struckOffDate, IEnumerable<LookBack> lookBacks, DateOnly today, LookBackSettings settings)
    {
        ArgumentNullException.ThrowIfNull(lookBacks);
        ArgumentNullException.ThrowIfNull(settings);
        if (struckOffDate is not { } struck)
            return LookBackState.OnList;
        var sane = settings.Sane();
        var passes = lookBacks.Where(l => l.Passed && l.Date >= struck).Select(l => l.Date).ToList();
        if (passes.Count == 0)
            return new(LookBackStage.Provisional, struck, true, today > struck.AddDays(sane.GraceDays));
        var second = SecondDueDate(struck, sane);
        if (passes.Any(d => d >= second))
            return new(LookBackStage.Consolidated, null, false, false);
        return new(LookBackStage.AwaitingSecond, second, today >= second, today > second.AddDays(sane.GraceDays));
    }

    public static DateOnly SecondDueDate(DateOnly struckOffDate, LookBackSettings settings) =>
        struckOffDate.AddMonths(settings.Sane().SecondAfterMonths);
}
