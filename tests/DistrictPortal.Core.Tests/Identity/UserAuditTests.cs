using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Core.Tests.Identity;

/// <summary>An account's own events are audited in Core, as every other write is: what each entry says is decided here.</summary>
public sealed class UserAuditTests
{
    private static readonly ChangeContext Who = new(7, "牌楼街道办 王芳", new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void A_failure_records_the_count_read_and_one_more_and_the_lock_out_when_it_locks()
    {
        var until = new DateTime(2026, 11, 20, 2, 15, 0, DateTimeKind.Utc);

        var plain = UserAudit.FailedSignIn(42, 2, null, Who);
        var locking = UserAudit.FailedSignIn(42, 4, until, Who);

        var entry = Assert.Single(plain);
        Assert.Equal((42L, AuditActions.SignIn, nameof(User.FailedSignIns), "2", "3"), (entry.EntityId, entry.Action, entry.Field, entry.OldValue, entry.NewValue));
        Assert.Equal([AuditActions.SignIn, AuditActions.LockOut], locking.Select(e => e.Action));
        Assert.Equal("2026-11-20 02:15:00", locking[1].NewValue);
    }

    [Fact]
    public void A_new_account_is_audited_for_the_new_row_with_its_trimmed_name()
    {
        var entry = Assert.Single(UserAudit.Created(new User { UserName = " pailou2 " }, Who));

        Assert.Equal((AuditEntry.NewRow, AuditActions.Create, "pailou2", "牌楼街道办 王芳"), (entry.EntityId, entry.Action, entry.NewValue, entry.UserName));
        Assert.Equal(AuditActions.Unlock, Assert.Single(UserAudit.Unlocked(42, Who)).Action);
        Assert.Equal(AuditActions.SignIn, Assert.Single(UserAudit.SignedIn(42, Who)).Action);
    }

    [Fact]
    public void An_edit_records_each_changed_field_and_that_the_password_changed_but_never_its_value()
    {
        var before = new User { Id = 42, UserName = "pailou", DisplayName = "王芳", Role = Role.SubDistrictOfficer, ScopeNodeId = 3 };
        var after = new User { Id = 42, UserName = "pailou", DisplayName = "王芳", Role = Role.SubDistrictOfficer, ScopeNodeId = 3, IsDisabled = true, PasswordHash = "secret-hash" };

        var entries = UserAudit.Edited(before, after, passwordChanged: true, Who);

        Assert.Equal([nameof(User.IsDisabled), "Password"], entries.Select(e => e.Field));
        Assert.DoesNotContain(entries, e => e.NewValue == "secret-hash");
        Assert.Empty(UserAudit.Edited(before, before, passwordChanged: false, Who));
    }
}
