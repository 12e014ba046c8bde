using DistrictPortal.Core.Estates;
using DistrictPortal.Core.LookBacks;

namespace DistrictPortal.Core.Tests.LookBacks;

public sealed class LookBackScheduleTests
{
    private static readonly DateOnly Struck = new(2026, 9, 4);
    private static readonly LookBackSettings Settings = LookBackSettings.Default;

    private static LookBack Pass(DateOnly date) => new() { EstateId = 1, Date = date, Passed = true, SixHaves = SixHaves.All, StruckOffDate = Struck };

    [Fact]
    public void An_estate_not_struck_off_is_on_the_list_whatever_its_look_backs()
    {
        Assert.Equal(LookBackState.OnList, LookBackSchedule.For(null, [Pass(Struck)], Struck, Settings));
    }

    [Fact]
    public void A_strike_off_is_provisional_until_a_look_back_passes_and_overdue_after_the_grace_days()
    {
        var fresh = LookBackSchedule.For(Struck, [], Struck.AddDays(30), Settings);
        var late = LookBackSchedule.For(Struck, [], Struck.AddDays(31), Settings);

        Assert.Equal((LookBackStage.Provisional, Struck, true, false), (fresh.Stage, fresh.DueDate, fresh.IsDue, fresh.IsOverdue));
        Assert.True(late.IsOverdue);
        Assert.True(late.IsProvisional);
    }

    [Fact]
    public void A_pass_before_the_strike_off_does_not_confirm_it()
    {
        Assert.Equal(LookBackStage.Provisional, LookBackSchedule.For(Struck, [Pass(Struck.AddDays(-1))], Struck.AddDays(2), Settings).Stage);
    }

    [Fact]
    public void After_a_pass_the_second_look_back_falls_due_three_months_after_the_strike_off_by_default()
    {
        var waiting = LookBackSchedule.For(Struck, [Pass(Struck.AddDays(10))], new DateOnly(2026, 12, 3), Settings);
        var due = LookBackSchedule.For(Struck, [Pass(Struck.AddDays(10))], new DateOnly(2026, 12, 4), Settings);
        var overdue = LookBackSchedule.For(Struck, [Pass(Struck.AddDays(10))], new DateOnly(2027, 1, 4), Settings);

        Assert.Equal((LookBackStage.AwaitingSecond, new DateOnly(2026, 12, 4), false, false), (waiting.Stage, waiting.DueDate, waiting.IsDue, waiting.IsOverdue));
        Assert.Equal((true, false), (due.IsDue, due.IsOverdue));
        Assert.True(overdue.IsOverdue);
    }

    [Fact]
    public void The_period_is_a_setting_and_a_pass_on_or_after_the_second_due_date_consolidates()
    {
        var sixMonths = new LookBackSettings(SecondAfterMonths: 6);

        Assert.Equal(new DateOnly(2027, 3, 4), LookBackSchedule.For(Struck, [Pass(Struck)], Struck, sixMonths).DueDate);
        Assert.Equal(LookBackStage.AwaitingSecond, LookBackSchedule.For(Struck, [Pass(Struck), Pass(new DateOnly(2027, 3, 3))], Struck, sixMonths).Stage);
        Assert.Equal(LookBackStage.Consolidated, LookBackSchedule.For(Struck, [Pass(Struck), Pass(new DateOnly(2027, 3, 4))], Struck, sixMonths).Stage);
    }

    [Fact]
    public void Nonsense_settings_are_brought_into_range()
    {
        Assert.Equal(new LookBackSettings(1, 1), new LookBackSettings(0, -5).Sane());
        Assert.Equal(new LookBackSettings(24, 365), new LookBackSettings(1000, 10_000).Sane());
    }

    [Fact]
    public void The_board_counts_provisional_strike_offs_and_relapses_per_sub_district()
    {
        var store = new InMemoryLookBacks();
        var a = store.Strike(1, Struck, subDistrictId: 3);
        var b = store.Strike(2, Struck, subDistrictId: 3);
        var c = store.Strike(4, Struck, subDistrictId: 5);
        LookBack[] lookBacks =
        [
            new() { EstateId = 2, SubDistrictId = 3, Date = Struck.AddDays(3), Passed = true, SixHaves = SixHaves.All },
            new() { EstateId = 7, SubDistrictId = 5, Date = Struck.AddDays(3), Passed = false, Relapsed = true },
            new() { EstateId = 8, SubDistrictId = 5, Date = Struck.AddDays(4), Passed = false, Relapsed = true },
        ];

        var counts = LookBackBoard.BySubDistrict([a, b, c], lookBacks, Struck.AddDays(5), Settings);

        Assert.Equal(new LookBackCounts(1, 0), counts[3]);
        Assert.Equal(new LookBackCounts(1, 2), counts[5]);
        Assert.Equal(new LookBackCounts(2, 2), LookBackBoard.Total([a, b, c], lookBacks, Struck.AddDays(5), Settings));
    }
}
