using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Packages;

namespace DistrictPortal.Core.Tests.Packages;

/// <summary>Joining a package sets the registry's mode 4, audited as a registry edit that names the package.</summary>
public sealed class PackageJoinTests
{
    private static readonly ChangeContext Officer = new(3, "牌楼街道报送员", new DateTime(2026, 12, 4, 2, 0, 0, DateTimeKind.Utc));

    private static Estate Make(long id, ManagementStatus status, ManagementMode mode) =>
        new() { Id = id, CommunityId = 7, Name = $"小区{id}", Households = 100, FloorArea = 9000m, Status = status, Mode = mode, Version = 4 };

    [Fact]
    public void Each_joining_estate_not_yet_in_mode_4_takes_it_with_its_status_and_version_kept_and_its_own_audit()
    {
        var unmanaged = Make(11, ManagementStatus.Unmanaged, ManagementMode.None);
        var contracted = Make(12, ManagementStatus.Professional, ManagementMode.PropertyEnterprise);
        var already = Make(13, ManagementStatus.Unmanaged, ManagementMode.SubDistrictPackage);

        var changes = PackageJoin.ModeChanges([contracted, already, unmanaged], "一号包", Officer);

        Assert.Equal([(11L, ManagementMode.SubDistrictPackage, ManagementStatus.Unmanaged, 4L), (12L, ManagementMode.SubDistrictPackage, ManagementStatus.Professional, 4L)],
            changes.Select(c => (c.After.Id, c.After.Mode, c.After.Status, c.After.Version)));
        // The estate read is not changed: it is what the audit compares with.
        Assert.Equal(ManagementMode.None, unmanaged.Mode);
        var audit = changes[0].Audit;
        Assert.All(audit, e => Assert.Equal((EstateAudit.EntityType, 11L, "牌楼街道报送员"), (e.EntityType, e.EntityId, e.UserName)));
        Assert.Equal([(AuditActions.Update, nameof(Estate.Mode), nameof(ManagementMode.None), nameof(ManagementMode.SubDistrictPackage)),
                      (PackageJoin.Action, nameof(Package), null, "一号包")],
            audit.Select(e => (e.Action, e.Field, e.OldValue, e.NewValue)));
    }

    [Fact]
    public void Estates_already_in_mode_4_change_nothing()
    {
        Assert.Empty(PackageJoin.ModeChanges([Make(13, ManagementStatus.Unmanaged, ManagementMode.SubDistrictPackage)], "一号包", Officer));
    }
}
