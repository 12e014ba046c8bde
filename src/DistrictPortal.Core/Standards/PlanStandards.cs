namespace DistrictPortal.Core.Standards;

/// <summary>
/// The standards as the plans set them, which migrations 0029 (SQLite) and 2026-12-06_60 (SQL Server) seed with these
/// ids; a contract test holds the seeded rows to this list. Where a plan is one organisation's own promise, the modes
/// say whom it is held against by default (the office changes them on /standards):
/// - P3's 92% satisfaction and 95% internal quality, P10's five-minute arrival and two-day feedback and P2's two-hourly
///   patrols and 1–3-minute emergency arrival are a property service enterprise's (mode 1);
/// - P6's 90% satisfaction is held against the other managed estates (modes 2–4), so no estate has two satisfaction
///   targets at once;
/// - P7's mediation (rate 100%, success above 85%) applies to every managed estate;
/// - P9's two patrols a day are the sub-district service centre's, i.e. sub-district centralised management (mode 4).
/// P2's "1 to 3 minutes" is held as at most 3.
/// </summary>
public static class PlanStandards
{
    /// <summary>A fresh copy each time: callers may change theirs.</summary>
    public static IReadOnlyList<ServiceStandard> All =>
    [
        Of(1, StandardMeasure.CustomerSatisfaction, StandardComparison.AtLeast, 92m, 3, StandardModes.PropertyEnterprise),
        Of(2, StandardMeasure.CustomerSatisfaction, StandardComparison.AtLeast, 90m, 6,
            StandardModes.CommitteeSelfManaged | StandardModes.CommunityTrusteeship | StandardModes.SubDistrictPackage),
        Of(3, StandardMeasure.InternalQuality, StandardComparison.AtLeast, 95m, 3, StandardModes.PropertyEnterprise),
        Of(4, StandardMeasure.DisputeMediationRate, StandardComparison.Equal, 100m, 7, StandardModes.All),
        Of(5, StandardMeasure.DisputeMediationSuccess, StandardComparison.MoreThan, 85m, 7, StandardModes.All),
        Of(6, StandardMeasure.ServiceArrival, StandardComparison.AtMost, 5m, 10, StandardModes.PropertyEnterprise),
        Of(7, StandardMeasure.Feedback, StandardComparison.AtMost, 2m, 10, StandardModes.PropertyEnterprise),
        Of(8, StandardMeasure.PatrolInterval, StandardComparison.AtMost, 2m, 2, StandardModes.PropertyEnterprise),
        Of(9, StandardMeasure.EmergencyArrival, StandardComparison.AtMost, 3m, 2, StandardModes.PropertyEnterprise),
        Of(10, StandardMeasure.DailyPatrols, StandardComparison.AtLeast, 2m, 9, StandardModes.SubDistrictPackage),
    ];

    private static ServiceStandard Of(long id, StandardMeasure measure, StandardComparison comparison, decimal threshold, int plan, StandardModes modes) =>
        new() { Id = id, Measure = measure, Comparison = comparison, Threshold = threshold, Plan = plan, Modes = modes, IsActive = true, Version = 1 };
}
