using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Core.Tests.Returns;

public sealed class StrikeOffWithdrawalTests
{
    private const long ReturnId = 42;
    private static readonly DateTime StruckAt = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Estate Registry = new() { Id = 7, Status = ManagementStatus.UnitSelfManaged, Mode = ManagementMode.CommitteeSelfManaged };

    /// <summary>What an accepted return's strike-off writes on the estate, newest first: the action, then the fields.</summary>
    private static List<AuditEntry> StrikeOff(long returnId, DateTime at, bool modeChanged = true)
    {
        var diff = new AuditDiff("Estate", 7, new ChangeContext(3, "审核员", at))
            .Field(nameof(Estate.Status), ManagementStatus.Unmanaged, ManagementStatus.UnitSelfManaged)
            .Field(nameof(Estate.Mode), modeChanged ? ManagementMode.None : ManagementMode.CommitteeSelfManaged, ManagementMode.CommitteeSelfManaged)
            .Action(AuditActions.StrikeOff, "WeeklyReturnId", null, returnId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return diff.Entries.Reverse().ToList();
    }

    [Fact]
    public void The_newest_strike_off_by_this_return_is_undone_to_the_status_and_mode_before_it()
    {
        var trail = StrikeOff(ReturnId, StruckAt);

        var withdrawal = StrikeOffWithdrawal.For(Registry, ReturnId, trail);

        Assert.Equal(new EstateStrikeOff(7, ManagementMode.None, ReturnId, ManagementStatus.Unmanaged), withdrawal);
        Assert.Equal((ManagementStatus.Unmanaged, AuditActions.StrikeOffWithdrawn), (withdrawal!.Status, withdrawal.AuditAction));
    }

    [Fact]
    public void A_mode_the_estate_already_had_stays()
    {
        var withdrawal = StrikeOffWithdrawal.For(Registry, ReturnId, StrikeOff(ReturnId, StruckAt, modeChanged: false));

        Assert.Equal((ManagementStatus.Unmanaged, ManagementMode.CommitteeSelfManaged), (withdrawal!.Status, withdrawal.Mode));
    }

    [Fact]
    public void Another_returns_strike_off_a_later_edit_by_hand_or_one_already_withdrawn_is_left_alone()
    {
        Assert.Null(StrikeOffWithdrawal.For(Registry, ReturnId, StrikeOff(41, StruckAt)));

        var editedSince = new AuditDiff("Estate", 7, new ChangeContext(9, "管理员", StruckAt.AddDays(1)))
            .Field(nameof(Estate.Status), ManagementStatus.UnitSelfManaged, ManagementStatus.Professional).Entries;
        Assert.Null(StrikeOffWithdrawal.For(Registry, ReturnId, [.. editedSince, .. StrikeOff(ReturnId, StruckAt)]));

        var withdrawn = new AuditDiff("Estate", 7, new ChangeContext(3, "审核员", StruckAt.AddDays(2)))
            .Field(nameof(Estate.Status), ManagementStatus.UnitSelfManaged, ManagementStatus.Unmanaged)
            .Action(AuditActions.StrikeOffWithdrawn, "WeeklyReturnId", null, "42").Entries.Reverse();
        Assert.Null(StrikeOffWithdrawal.For(Registry, ReturnId, [.. withdrawn, .. StrikeOff(ReturnId, StruckAt)]));

        Assert.Null(StrikeOffWithdrawal.For(Registry, ReturnId, []));
    }

    [Fact]
    public void Other_changes_to_the_estate_after_the_strike_off_do_not_stop_it()
    {
        var renamed = new AuditDiff("Estate", 7, new ChangeContext(9, "管理员", StruckAt.AddDays(1))).Field(nameof(Estate.Name), "旧名", "新名").Entries;

        Assert.NotNull(StrikeOffWithdrawal.For(Registry, ReturnId, [.. renamed, .. StrikeOff(ReturnId, StruckAt)]));
        Assert.True(StrikeOffWithdrawal.MayHoldStrikeOff(Registry));
        Assert.False(StrikeOffWithdrawal.MayHoldStrikeOff(new Estate { Status = ManagementStatus.Unmanaged }));
    }
}
