namespace DistrictPortal.Core.Returns;

/// <summary>
/// Which reading a figure is (README, "As-of labels"): the weekly snapshot frozen when that week's return was accepted,
/// or the fact's home read now. Wherever both kinds appear (pages, Excel, PDF) each carries its label, so two different
/// numbers never stand under one label. Core decides the parameters; the web layer's resources and the PDF's wording
/// turn them into "截至 2026-11-27 周报（审核通过时冻结）" or "实时".
/// </summary>
public readonly record struct AsOf
{
    private AsOf(DateOnly? week, DateOnly today)
    {
        Week = week;
        Today = today;
    }

    /// <summary>The week ending of the frozen snapshot; null for a live figure.</summary>
    public DateOnly? Week { get; }

    /// <summary>The day the figure is shown (a live figure is as of this day; a document prints it).</summary>
    public DateOnly Today { get; }

    public bool IsFrozen => Week is not null;

    /// <summary>A figure from the snapshots frozen at acceptance of the returns of <paramref name="weekEnding"/>.</summary>
    public static AsOf Frozen(DateOnly weekEnding, DateOnly today) => new(weekEnding, today);

    /// <summary>A figure read from its home on <paramref name="today"/>.</summary>
    public static AsOf Live(DateOnly today) => new(null, today);

    /// <summary>"frozen" or "live": the key of the label's words, and what pages put in data-as-of for tests and styles.</summary>
    public string Kind => IsFrozen ? "frozen" : "live";

    /// <summary>The date the label names: the snapshot's week ending, or today for a live figure.</summary>
    public DateOnly Date => Week ?? Today;
}
