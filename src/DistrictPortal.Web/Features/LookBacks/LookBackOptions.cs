using DistrictPortal.Core.LookBacks;

namespace DistrictPortal.Web.Features.LookBacks;

/// <summary>The "LookBacks" section: when the second look-back falls due and when a due one is overdue.</summary>
public sealed class LookBackOptions
{
    public const string Section = "LookBacks";

    /// <summary>Months after the strike-off the second look-back falls due (default 3).</summary>
    public int SecondAfterMonths { get; set; } = LookBackSettings.DefaultSecondAfterMonths;

    /// <summary>Days after a look-back falls due that it is overdue (default 30).</summary>
    public int GraceDays { get; set; } = LookBackSettings.DefaultGraceDays;

    public LookBackSettings Settings => new LookBackSettings(SecondAfterMonths, GraceDays).Sane();
}
