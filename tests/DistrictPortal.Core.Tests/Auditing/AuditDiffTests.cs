using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Tests.Auditing;

public class AuditDiffTests
{
    private static readonly ChangeContext Who = new(7, "pailou", new DateTime(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc));

    private static Estate Sample() => new()
    {
        Id = 101, CommunityId = 19, Name = "印盒石小区", Households = 240, FloorArea = 18_000.50m,
        Status = ManagementStatus.Unmanaged, SixHaves = SixHaves.Cleaning, YearBuilt = 1995,
    };

    [Fact]
    public void Only_changed_fields_are_recorded()
    {
        var before = Sample();
        var after = Sample();
        after.Households = 250;
        after.SixHaves = SixHaves.Cleaning | SixHaves.Parking;

        var entries = EstateAudit.Diff(before, after, Who);

        Assert.Equal(new[] { nameof(Estate.Households), nameof(Estate.SixHaves) }, entries.Select(e => e.Field!).ToArray());
        var households = entries[0];
        Assert.Equal(("240", "250"), (households.OldValue, households.NewValue));
        Assert.Equal(("Cleaning", "Cleaning, Parking"), (entries[1].OldValue, entries[1].NewValue));
        Assert.All(entries, e =>
        {
            Assert.Equal(AuditActions.Update, e.Action);
            Assert.Equal((7L, "pailou", Who.AtUtc), (e.UserId, e.UserName, e.AtUtc));
            Assert.Equal(("Estate", 101L), (e.EntityType, e.EntityId));
        });
    }

    [Fact]
    public void No_change_records_nothing() => Assert.Empty(EstateAudit.Diff(Sample(), Sample(), Who));

    [Fact]
    public void Null_to_value_and_back_are_changes()
    {
        var entries = new AuditDiff("Estate", 1, Who)
            .Field("ManagementRoomArea", (decimal?)null, 90.5m)
            .Field("Address", "a", (string?)null)
            .Field("YearBuilt", (int?)null, (int?)null)
            .Entries;
        Assert.Equal(2, entries.Count);
        Assert.Equal((null, "90.5"), (entries[0].OldValue, entries[0].NewValue));
        Assert.Equal(("a", null), (entries[1].OldValue, entries[1].NewValue));
    }

    [Fact]
    public void Values_are_formatted_invariantly()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var entries = new AuditDiff("X", 1, Who)
                .Field("Area", 1.5m, 2.25m)
                .Field("On", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2))
                .Field("At", new DateTime(2026, 1, 2, 3, 4, 5), new DateTime(2026, 1, 2, 3, 4, 6))
                .Entries;
            Assert.Equal(("1.5", "2.25"), (entries[0].OldValue, entries[0].NewValue));
            Assert.Equal(("2026-10-01", "2026-10-02"), (entries[1].OldValue, entries[1].NewValue));
            Assert.Equal("2026-01-02 03:04:05", entries[2].OldValue);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Whole_row_actions_are_recorded_as_given()
    {
        var e = Assert.Single(new AuditDiff("Node", 3, Who).Action(AuditActions.Retire).Entries);
        Assert.Equal((AuditActions.Retire, null), (e.Action, e.Field));
    }

    [Fact]
    public void Equal_decimals_of_different_scale_are_not_a_change() =>
        Assert.Empty(new AuditDiff("Estate", 1, Who).Field("FloorArea", 100.00m, 100m).Entries);

    [Fact]
    public void A_decimal_change_is_recorded_without_trailing_zeros()
    {
        var e = Assert.Single(new AuditDiff("Estate", 1, Who).Field("FloorArea", 100.50m, 100.25m).Entries);
        Assert.Equal(("100.5", "100.25"), (e.OldValue, e.NewValue));
    }
}
