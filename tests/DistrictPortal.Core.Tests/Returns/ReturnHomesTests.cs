using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;
using static DistrictPortal.Core.Tests.Returns.RowBuilder;

namespace DistrictPortal.Core.Tests.Returns;

/// <summary>
/// One home per fact (README, "Where each fact lives"): a return is pre-filled from the registry and the committee
/// track, its strike-offs are bound by the registry, and its acceptance writes back to the registry.
/// </summary>
public class ReturnHomesTests
{
    private static readonly ChangeContext Reviewer = new(2, "bureau", new DateTime(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc));

    private static RegistryFacts Registry(long id, ManagementStatus status = ManagementStatus.Unmanaged, ManagementMode mode = ManagementMode.None,
        SixHaves haves = SixHaves.None, DateOnly? struckOff = null) =>
        new() { EstateId = id, Status = status, Mode = mode, SixHaves = haves, StruckOffDate = struckOff };

    [Fact]
    public void A_new_row_shows_the_registry_and_the_committee_track_and_carries_only_the_returns_own_facts()
    {
        var registry = Registry(7, ManagementStatus.UnitSelfManaged, ManagementMode.CommunityTrusteeship, SixHaves.All, new DateOnly(2026, 11, 12));
        var track = new CommitteeTrack { EstateId = 7, ConsultationDate = new DateOnly(2026, 9, 26), CommitteeElectedDate = new DateOnly(2026, 10, 30), OwnersMeetingDate = new DateOnly(2026, 10, 30) };
        // The last accepted row says something else about the homes' facts: it is not read for them.
        var last = With(Open(7), r => { r.Mode = ManagementMode.PropertyEnterprise; r.ConsultationDate = new DateOnly(2026, 1, 1); r.ContractSignedDate = new DateOnly(2026, 11, 1); r.Blockers = "费用"; });

        var row = ReturnPrefill.NewRow(7, "万安交通小区", 320, registry, track, last);

        Assert.Equal((ManagementMode.CommunityTrusteeship, SixHaves.All, true, (DateOnly?)new DateOnly(2026, 11, 12)),
            (row.Mode, row.SixHaves, row.IsStruckOff, row.StruckOffDate));
        Assert.Equal((new DateOnly(2026, 9, 26), new DateOnly(2026, 10, 30), new DateOnly(2026, 10, 30)),
            (row.ConsultationDate!.Value, row.OwnersMeetingDate!.Value, row.CommitteeElectedDate!.Value));
        Assert.Equal(((DateOnly?)new DateOnly(2026, 11, 1), "费用"), (row.ContractSignedDate, row.Blockers));
    }

    [Fact]
    public void A_track_date_after_the_day_of_acceptance_was_not_known_then()
    {
        var row = Open(1);
        ReturnPrefill.ShowTrack(row, new CommitteeTrack { ConsultationDate = new DateOnly(2026, 11, 20), CommitteeElectedDate = new DateOnly(2026, 11, 28) }, new DateOnly(2026, 11, 27));
        Assert.Equal(((DateOnly?)new DateOnly(2026, 11, 20), (DateOnly?)null), (row.ConsultationDate, row.CommitteeElectedDate));
    }

    [Fact]
    public void Only_strike_offs_dated_before_the_week_bind_it()
    {
        var standing = ReturnPrefill.StandingStrikeOffs(
            [Registry(1, struckOff: new DateOnly(2026, 11, 20)), Registry(2, struckOff: new DateOnly(2026, 11, 21)), Registry(3)], WeekEnding);
        var only = Assert.Single(standing);
        Assert.Equal((1L, true, (DateOnly?)new DateOnly(2026, 11, 20)), (only.Key, only.Value.IsStruckOff, only.Value.StruckOffDate));
    }

    [Fact]
    public void A_restated_older_week_binds_the_next_return_through_the_registry()
    {
        // The 13 Nov return was reopened and now strikes estate 1 off on 12 Nov; the registry holds it. The 27 Nov
        // return cannot un-strike it, whatever the frozen 20 Nov return said.
        var standing = ReturnPrefill.StandingStrikeOffs([Registry(1, ManagementStatus.Professional, ManagementMode.PropertyEnterprise, SixHaves.All, new DateOnly(2026, 11, 12))], WeekEnding);
        var errors = ReturnValidator.Validate(Return(Open(1)), standing, Today);
        Assert.Equal(ReturnErrors.StruckOffWithdrawn, Assert.Single(errors).Code);
    }

    [Fact]
    public void Acceptance_strikes_off_with_the_rows_mode_six_haves_and_date_and_audits_it_in_Core()
    {
        var accepted = Return(StruckOff(1, new DateOnly(2026, 11, 23)), Open(2));
        var registry = new Dictionary<long, RegistryFacts> { [1] = Registry(1), [2] = Registry(2) };

        var writes = ReturnAcceptance.Decide(accepted, registry, [], isNewestWeek: true, Reviewer);

        var update = Assert.Single(writes.Updates);
        Assert.Equal(new RegistryUpdate(1, ManagementStatus.UnitSelfManaged, ManagementMode.CommunityTrusteeship, SixHaves.All, new DateOnly(2026, 11, 23)), update);
        Assert.Equal(
            [nameof(Estate.Status), nameof(Estate.Mode), nameof(Estate.SixHaves), nameof(RegistryFacts.StruckOffDate), nameof(EstateStrikeOff.WeeklyReturnId)],
            writes.Audit.Select(e => e.Field));
        Assert.Equal((AuditActions.StrikeOff, "1", "bureau"), (writes.Audit[^1].Action, writes.Audit[^1].NewValue, writes.Audit[^1].UserName));
    }

    [Fact]
    public void The_newest_week_writes_every_rows_mode_and_six_haves_an_older_restated_week_only_its_strike_offs()
    {
        var underWay = With(Open(2), r => { r.Mode = ManagementMode.PropertyEnterprise; r.SixHaves = SixHaves.Cleaning | SixHaves.Security; });
        var accepted = Return(underWay);
        var registry = new Dictionary<long, RegistryFacts> { [2] = Registry(2) };

        var newest = Assert.Single(ReturnAcceptance.Decide(accepted, registry, [], isNewestWeek: true, Reviewer).Updates);
        Assert.Equal((ManagementStatus.Unmanaged, ManagementMode.PropertyEnterprise, SixHaves.Cleaning | SixHaves.Security, (DateOnly?)null),
            (newest.Status, newest.Mode, newest.SixHaves, newest.StruckOffDate));
        Assert.Empty(ReturnAcceptance.Decide(accepted, registry, [], isNewestWeek: false, Reviewer).Updates);
    }

    [Fact]
    public void A_withdrawal_restores_status_and_mode_and_clears_the_date_and_nothing_is_written_where_nothing_changes()
    {
        var accepted = Return(Open(1), StruckOff(3, new DateOnly(2026, 11, 23)));
        var registry = new Dictionary<long, RegistryFacts>
        {
            [1] = Registry(1, ManagementStatus.UnitSelfManaged, ManagementMode.CommunityTrusteeship, SixHaves.All, new DateOnly(2026, 11, 23)),
            [3] = Registry(3, ManagementStatus.UnitSelfManaged, ManagementMode.CommunityTrusteeship, SixHaves.All, new DateOnly(2026, 11, 23)),
        };
        var withdrawal = new EstateStrikeOff(1, ManagementMode.None, 1, ManagementStatus.Unmanaged);

        var writes = ReturnAcceptance.Decide(accepted, registry, [withdrawal], isNewestWeek: false, Reviewer);

        var update = Assert.Single(writes.Updates);
        Assert.Equal(new RegistryUpdate(1, ManagementStatus.Unmanaged, ManagementMode.None, SixHaves.All, null), update);
        Assert.Contains(writes.Audit, e => e.Action == AuditActions.StrikeOffWithdrawn && e.EntityId == 1);
        Assert.DoesNotContain(writes.Audit, e => e.EntityId == 3);
    }
}
