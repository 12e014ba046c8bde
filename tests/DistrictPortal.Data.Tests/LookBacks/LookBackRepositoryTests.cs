using DistrictPortal.Core.Attachments;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.LookBacks;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.Tests.Infrastructure;
using DistrictPortal.Data.Tests.Returns;

namespace DistrictPortal.Data.Tests.LookBacks;

/// <summary>Look-backs and the strike-off evidence rules on every configured database.</summary>
public sealed class LookBackRepositoryTests
{
    private static readonly DateOnly StruckOn = new(2026, 11, 18);
    private static readonly ChangeContext Inspector = new(7, "社区检查员", new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc));

    /// <summary>Alpha struck off (enterprise) by an accepted return, as the web does it.</summary>
    private static async Task<ReturnScenario> StruckOffAsync(TestDatabase db)
    {
        var s = await ReturnScenario.CreateAsync(db);
        var draft = s.NewReturn();
        ReturnScenario.StrikeOff(draft.Rows.Single(r => r.EstateId == s.Alpha.Id), ManagementMode.PropertyEnterprise, StruckOn);
        var stored = await s.CreateAsync(draft);
        await s.AcceptAsync(await s.MoveAsync(stored, ReturnAction.Submit, Role.SubDistrictOfficer, ReturnScenario.Officer));
        return s;
    }

    private static LookBackInput Input(bool passed) => new()
    {
        Date = new DateOnly(2026, 12, 1), Inspector = "王检查", By = LookBackBy.Community,
        SixHaves = passed ? SixHaves.All : SixHaves.Organisation, Passed = passed, Note = passed ? null : "保洁停了",
    };

    [DatabaseTheory, DatabaseData]
    public async Task A_pass_is_stored_and_read_back_by_id_estate_and_scope_and_leaves_the_strike_off(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await StruckOffAsync(db);
        var service = new LookBackService(db.LookBacks);

        var struck = Assert.Single(await db.LookBacks.ListStruckOffInScopeAsync(s.Tree.SubDistrictA.Path));
        Assert.Equal((s.Alpha.Id, StruckOn, ManagementMode.PropertyEnterprise, ManagementStatus.Professional, s.Tree.SubDistrictA.Id, s.Tree.CommunityA1.Name),
            (struck.EstateId, struck.StruckOffDate, struck.Mode, struck.Status, struck.SubDistrictId, struck.CommunityName));
        var result = await service.RecordAsync(s.Alpha.Id, struck.Path, Input(passed: true), new DateOnly(2026, 12, 4), Inspector);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        var read = (await db.LookBacks.GetByIdAsync(result.Value))!;
        Assert.Equal((s.Alpha.Id, new DateOnly(2026, 12, 1), "王检查", LookBackBy.Community, SixHaves.All, true, StruckOn, false, Inspector.AtUtc, "社区检查员"),
            (read.EstateId, read.Date, read.Inspector, read.By, read.SixHaves, read.Passed, read.StruckOffDate, read.Relapsed, read.RecordedUtc, read.RecordedByName));
        Assert.Equal((s.Alpha.Name, s.Tree.SubDistrictA.Id), (read.EstateName, read.SubDistrictId));
        Assert.Equal([result.Value], (await db.LookBacks.ListByEstateAsync(s.Alpha.Id)).Select(l => l.Id));
        Assert.Equal([result.Value], (await db.LookBacks.ListInScopeAsync(s.Tree.SubDistrictA.Path)).Select(l => l.Id));
        Assert.Empty(await db.LookBacks.ListInScopeAsync(s.Tree.SubDistrictB.Path));
        Assert.Empty(await db.LookBacks.ListInScopeAsync(""));
        Assert.Single(await db.LookBacks.ListStruckOffInScopeAsync(s.Tree.SubDistrictA.Path));
        Assert.Equal(AuditActions.Create, Assert.Single(await db.Audit.ListForEntityAsync(AuditEntities.LookBack, result.Value)).Action);
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_failure_puts_the_estate_back_on_the_list_in_the_same_transaction_audited(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await StruckOffAsync(db);
        var service = new LookBackService(db.LookBacks);

        var result = await service.RecordAsync(s.Alpha.Id, s.Alpha.Path, Input(passed: false), new DateOnly(2026, 12, 4), Inspector);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        Assert.True((await db.LookBacks.GetByIdAsync(result.Value))!.Relapsed);
        var facts = (await db.Returns.ListRegistryFactsAsync(s.Tree.SubDistrictA.Id)).Single(f => f.EstateId == s.Alpha.Id);
        Assert.Equal((ManagementStatus.Unmanaged, ManagementMode.None, SixHaves.Organisation, (DateOnly?)null),
            (facts.Status, facts.Mode, facts.SixHaves, facts.StruckOffDate));
        Assert.Empty(await db.LookBacks.ListStruckOffInScopeAsync(s.Tree.SubDistrictA.Path));
        var trail = await db.Audit.ListForEntityAsync(AuditEntities.Estate, s.Alpha.Id);
        Assert.Contains(trail, e => e.Action == AuditActions.Relapse && e.UserName == "社区检查员");
        Assert.Contains(trail, e => e.Field == "StruckOffDate" && e.OldValue == "2026-11-18" && e.NewValue == null);
    }

    [DatabaseTheory, DatabaseData]
    public async Task A_relapse_of_a_strike_off_the_registry_no_longer_holds_writes_nothing(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await StruckOffAsync(db);
        var struck = (await db.LookBacks.ListStruckOffInScopeAsync(s.Alpha.Path)).Single();
        var (lookBack, relapse, audit) = LookBackService.Decide(struck, Input(passed: false), Inspector);
        lookBack.StruckOffDate = StruckOn.AddDays(-1);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.LookBacks.AddAsync(lookBack, relapse, audit));

        Assert.Empty(await db.LookBacks.ListByEstateAsync(s.Alpha.Id));
        Assert.Single(await db.LookBacks.ListStruckOffInScopeAsync(s.Alpha.Path));
        Assert.DoesNotContain(await db.Audit.ListForEntityAsync(AuditEntities.Estate, s.Alpha.Id), e => e.Action == AuditActions.Relapse);
    }

    [DatabaseTheory, DatabaseData]
    public async Task Evidence_rules_are_set_changed_and_removed_with_their_audit_and_files_on_estate_or_row_count(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var s = await ReturnScenario.CreateAsync(db);
        var rules = new StrikeOffEvidence(db.EvidenceRules);
        var mode = ManagementMode.SubDistrictPackage;
        await db.EvidenceRules.SaveAsync(mode, null, []);

        Assert.True((await rules.SaveAsync(mode, "打包招标合同", Inspector)).Succeeded);
        Assert.Equal("打包招标合同", (await rules.RulesAsync())[mode]);
        Assert.True((await rules.SaveAsync(mode, "物业服务合同", Inspector)).Succeeded);
        Assert.Equal("物业服务合同", (await rules.RulesAsync())[mode]);
        Assert.True((await rules.SaveAsync(mode, null, Inspector)).Succeeded);
        Assert.False((await rules.RulesAsync()).ContainsKey(mode));
        var trail = (await db.Audit.ListForEntityAsync(AuditEntities.StrikeOffEvidenceRule, (long)mode)).Where(e => e.AtUtc == Inspector.AtUtc).ToList();
        Assert.Equal(3, trail.Count);

        var pdf = "%PDF-1.7\n合同"u8.ToArray();
        var files = new AttachmentService(db.Attachments);
        await files.AddAsync(AttachmentOwnerKind.Consultation, s.Beta.Id, s.Beta.Id, "征询.pdf", pdf, AttachmentService.DefaultMaxBytes, Inspector);
        Assert.Empty(await db.EvidenceRules.ListEstatesWithEvidenceAsync(s.Tree.SubDistrictA.Path));
        await files.AddAsync(AttachmentOwnerKind.Estate, s.Alpha.Id, s.Alpha.Id, "合同.pdf", pdf, AttachmentService.DefaultMaxBytes, Inspector);
        await files.AddAsync(AttachmentOwnerKind.ReturnRow, 999, s.Beta.Id, "合同.pdf", pdf, AttachmentService.DefaultMaxBytes, Inspector);
        Assert.Equal(new[] { s.Alpha.Id, s.Beta.Id }.Order(), await db.EvidenceRules.ListEstatesWithEvidenceAsync(s.Tree.SubDistrictA.Path));
        Assert.Empty(await db.EvidenceRules.ListEstatesWithEvidenceAsync(s.Tree.SubDistrictB.Path));
    }
}
