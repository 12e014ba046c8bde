using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.LookBacks;

namespace DistrictPortal.Core.Tests.LookBacks;

/// <summary>Recording a look-back: its rules, and a failure putting the estate back on the list in the same write.</summary>
public sealed class LookBackServiceTests
{
    private static readonly DateOnly Struck = new(2026, 11, 20);
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly ChangeContext Change = new(7, "牌楼街道填报员", new DateTime(2026, 12, 4, 2, 0, 0, DateTimeKind.Utc));

    private readonly InMemoryLookBacks _store = new();
    private LookBackService Service => new(_store);

    private static LookBackInput Input(bool passed, SixHaves haves = SixHaves.All, string? note = null) => new()
    {
        Date = Today, Inspector = " 王检查 ", By = LookBackBy.Community, SixHaves = haves, Passed = passed, Note = note,
    };

    [Fact]
    public async Task A_pass_is_stored_with_one_audit_entry_and_leaves_the_registry_alone()
    {
        var estate = _store.Strike(11, Struck);

        var result = await Service.RecordAsync(11, estate.Path, Input(passed: true), Today, Change);

        Assert.True(result.Succeeded);
        var stored = Assert.Single(_store.Stored);
        Assert.Equal(("王检查", Struck, false, "牌楼街道填报员"), (stored.Inspector, stored.StruckOffDate, stored.Relapsed, stored.RecordedByName));
        var (relapse, audit) = Assert.Single(_store.Writes);
        Assert.Null(relapse);
        var entry = Assert.Single(audit);
        Assert.Equal((AuditEntities.LookBack, result.Value, AuditActions.Create), (entry.EntityType, entry.EntityId, entry.Action));
        Assert.True(_store.StruckOff.ContainsKey(11));
        Assert.Equal(LookBackStage.AwaitingSecond,
            LookBackSchedule.For(Struck, _store.Stored, Today, LookBackSettings.Default).Stage);
    }

    [Fact]
    public async Task A_failure_puts_the_estate_back_on_the_list_in_the_same_write_audited_on_the_estate()
    {
        var estate = _store.Strike(11, Struck);
        var haves = SixHaves.Organisation | SixHaves.Cleaning;

        var result = await Service.RecordAsync(11, estate.Path, Input(passed: false, haves, "保洁已停，无人维修"), Today, Change);

        Assert.True(result.Succeeded);
        var (relapse, audit) = Assert.Single(_store.Writes);
        Assert.Equal(new Core.Returns.RegistryUpdate(11, ManagementStatus.Unmanaged, ManagementMode.None, haves, null), relapse);
        Assert.True(_store.Stored.Single().Relapsed);
        Assert.False(_store.StruckOff.ContainsKey(11));
        var onEstate = audit.Where(e => e.EntityType == AuditEntities.Estate && e.EntityId == 11).ToList();
        Assert.Contains(onEstate, e => e.Field == nameof(Estate.Status) && e.OldValue == "UnitSelfManaged" && e.NewValue == "Unmanaged");
        Assert.Contains(onEstate, e => e.Field == "StruckOffDate" && e.OldValue == "2026-11-20" && e.NewValue == null);
        Assert.Contains(onEstate, e => e.Action == AuditActions.Relapse);
        Assert.Single(audit, e => e.EntityType == AuditEntities.LookBack);
    }

    [Theory]
    [InlineData("NotStruckOff")]
    [InlineData("Date:NotInFuture")]
    [InlineData("Date:BeforeStrikeOff")]
    [InlineData("Inspector:Required")]
    [InlineData("By:Required")]
    [InlineData("Passed:Required")]
    [InlineData("SixHaves:PassNeedsSixHaves")]
    [InlineData("Note:FailNeedsNote")]
    [InlineData("Inspector:ControlCharacters")]
    public async Task Each_rule_refuses_with_its_field_and_writes_nothing(string expected)
    {
        var estate = _store.Strike(11, Struck);
        var input = Input(passed: true);
        var estateId = 11L;
        switch (expected)
        {
            case "NotStruckOff": estateId = 12; break;
            case "Date:NotInFuture": input.Date = Today.AddDays(1); break;
            case "Date:BeforeStrikeOff": input.Date = Struck.AddDays(-1); break;
            case "Inspector:Required": input.Inspector = "  "; break;
            case "By:Required": input.By = (LookBackBy)9; break;
            case "Passed:Required": input.Passed = null; break;
            case "SixHaves:PassNeedsSixHaves": input.SixHaves = SixHaves.All & ~SixHaves.Parking; break;
            case "Note:FailNeedsNote": input.Passed = false; input.Note = " "; break;
            case "Inspector:ControlCharacters": input.Inspector = "王\u202E检查"; break;
        }

        var result = await Service.RecordAsync(estateId, estate.Path, input, Today, Change);

        var error = Assert.Single(result.Errors);
        Assert.EndsWith(expected, expected.Contains(':') ? $"{error.Field}:{error.Code}" : error.Code);
        Assert.Empty(_store.Writes);
    }

    [Fact]
    public async Task A_strike_off_changed_since_it_was_read_is_refused_and_nothing_written()
    {
        var estate = _store.Strike(11, Struck);
        var staleStore = new StaleStore(_store, estate);

        var result = await new LookBackService(staleStore).RecordAsync(11, estate.Path, Input(false, note: "返潮"), Today, Change);

        Assert.Equal("EstateId:StrikeOffChanged", $"{Assert.Single(result.Errors).Field}:{result.Errors[0].Code}");
        Assert.Empty(_store.Stored);
    }

    /// <summary>Reads the strike-off as it was; the registry has since moved it (another return accepted meanwhile).</summary>
    private sealed class StaleStore(InMemoryLookBacks inner, StruckOffEstate asRead) : ILookBackRepository
    {
        public Task<long> AddAsync(LookBack lookBack, Core.Returns.RegistryUpdate? relapse, IReadOnlyList<AuditEntry> audit)
        {
            inner.StruckOff[asRead.EstateId] = new StruckOffEstate { EstateId = asRead.EstateId, Path = asRead.Path, StruckOffDate = asRead.StruckOffDate.AddDays(1) };
            return inner.AddAsync(lookBack, relapse, audit);
        }

        public Task<LookBack?> GetByIdAsync(long id) => inner.GetByIdAsync(id);
        public Task<IReadOnlyList<LookBack>> ListByEstateAsync(long estateId) => inner.ListByEstateAsync(estateId);
        public Task<IReadOnlyList<LookBack>> ListInScopeAsync(string scopePath) => inner.ListInScopeAsync(scopePath);
        public Task<IReadOnlyList<StruckOffEstate>> ListStruckOffInScopeAsync(string scopePath) => Task.FromResult<IReadOnlyList<StruckOffEstate>>([asRead]);
    }
}
