using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Standards;

namespace DistrictPortal.Core.Tests.Standards;

/// <summary>The thresholds of the plans (P2, P3, P6, P7, P9, P10), each on both sides of its line.</summary>
public sealed class StandardRulesTests
{
    private static ServiceStandard Plan(StandardMeasure measure, int plan) =>
        PlanStandards.All.Single(s => s.Measure == measure && s.Plan == plan);

    [Theory]
    // P3: 顾客满意度调查需达到92%以上; 内部质量指标需达到95%以上.
    [InlineData(StandardMeasure.CustomerSatisfaction, 3, "92", true)]
    [InlineData(StandardMeasure.CustomerSatisfaction, 3, "91.99", false)]
    [InlineData(StandardMeasure.InternalQuality, 3, "95", true)]
    [InlineData(StandardMeasure.InternalQuality, 3, "94.9", false)]
    // P6: 满意度达到90%以上.
    [InlineData(StandardMeasure.CustomerSatisfaction, 6, "90", true)]
    [InlineData(StandardMeasure.CustomerSatisfaction, 6, "89.99", false)]
    // P7: 调解率力争达到100%，成功率超过85%.
    [InlineData(StandardMeasure.DisputeMediationRate, 7, "100", true)]
    [InlineData(StandardMeasure.DisputeMediationRate, 7, "99.99", false)]
    [InlineData(StandardMeasure.DisputeMediationSuccess, 7, "85.01", true)]
    [InlineData(StandardMeasure.DisputeMediationSuccess, 7, "85", false)]
    // P10: 五分钟内赶到; 两日内反馈.
    [InlineData(StandardMeasure.ServiceArrival, 10, "5", true)]
    [InlineData(StandardMeasure.ServiceArrival, 10, "5.5", false)]
    [InlineData(StandardMeasure.Feedback, 10, "2", true)]
    [InlineData(StandardMeasure.Feedback, 10, "3", false)]
    // P2: 每两小时巡查; 1至3分钟内到达现场.
    [InlineData(StandardMeasure.PatrolInterval, 2, "2", true)]
    [InlineData(StandardMeasure.PatrolInterval, 2, "2.5", false)]
    [InlineData(StandardMeasure.EmergencyArrival, 2, "3", true)]
    [InlineData(StandardMeasure.EmergencyArrival, 2, "3.5", false)]
    // P9: 每天至少两次在小区内巡逻.
    [InlineData(StandardMeasure.DailyPatrols, 9, "2", true)]
    [InlineData(StandardMeasure.DailyPatrols, 9, "1", false)]
    public void Each_plan_threshold_is_met_on_its_line_and_missed_just_past_it(StandardMeasure measure, int plan, string value, bool met)
    {
        Assert.Equal(met, Plan(measure, plan).IsMetBy(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_plans_give_ten_standards_with_their_units()
    {
        var all = PlanStandards.All;
        Assert.Equal(10, all.Count);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), all.Select(s => s.Id));
        Assert.All(all, s => Assert.True(s.IsActive));
        Assert.Equal(StandardUnit.Percent, Plan(StandardMeasure.DisputeMediationSuccess, 7).Unit);
        Assert.Equal(StandardUnit.Minutes, Plan(StandardMeasure.EmergencyArrival, 2).Unit);
        Assert.Equal(StandardUnit.Days, Plan(StandardMeasure.Feedback, 10).Unit);
        Assert.Equal(StandardUnit.Hours, Plan(StandardMeasure.PatrolInterval, 2).Unit);
        Assert.Equal(StandardUnit.TimesPerDay, Plan(StandardMeasure.DailyPatrols, 9).Unit);
    }

    [Fact]
    public void Which_standards_apply_follows_the_estates_mode_and_no_estate_has_two_satisfaction_targets()
    {
        var all = PlanStandards.All;
        Assert.Equal([1L, 3, 4, 5, 6, 7, 8, 9], StandardsService.Applicable(all, ManagementMode.PropertyEnterprise).Select(s => s.Id));
        Assert.Equal([2L, 4, 5, 10], StandardsService.Applicable(all, ManagementMode.SubDistrictPackage).Select(s => s.Id));
        Assert.Equal([2L, 4, 5], StandardsService.Applicable(all, ManagementMode.CommunityTrusteeship).Select(s => s.Id));
        Assert.Empty(StandardsService.Applicable(all, ManagementMode.None));
        foreach (var mode in Enum.GetValues<ManagementMode>())
            Assert.True(StandardsService.Applicable(all, mode).Count(s => s.Measure == StandardMeasure.CustomerSatisfaction) <= 1);

        var inactive = all.Select(s => { s.IsActive = s.Id != 10; return s; }).ToList();
        Assert.Equal([2L, 4, 5], StandardsService.Applicable(inactive, ManagementMode.SubDistrictPackage).Select(s => s.Id));
    }

    [Theory]
    [InlineData(StandardComparison.AtLeast, "5", "5", true)]
    [InlineData(StandardComparison.MoreThan, "5", "5", false)]
    [InlineData(StandardComparison.AtMost, "5", "5", true)]
    [InlineData(StandardComparison.Equal, "5.00", "5", true)]
    [InlineData(StandardComparison.Equal, "4.99", "5", false)]
    public void Comparisons_hold_a_value_against_the_threshold(StandardComparison comparison, string value, string threshold, bool met)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(met, StandardRules.Meets(comparison, decimal.Parse(value, culture), decimal.Parse(threshold, culture)));
    }
}
