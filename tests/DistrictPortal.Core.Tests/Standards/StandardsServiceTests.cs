using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Standards;

namespace DistrictPortal.Core.Tests.Standards;

public sealed class StandardsServiceTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly ChangeContext Office = new(1, "区清零办", new DateTime(2026, 12, 4, 2, 0, 0, DateTimeKind.Utc));

    private static Estate Estate(long id, ManagementMode mode, long subDistrictId = 3) => new()
    {
        Id = id, Name = $"小区{id}", Mode = mode, Path = $"/1/{subDistrictId}/9/{id}/", SubDistrictId = subDistrictId, SubDistrictName = $"街道{subDistrictId}",
    };

    /// <summary>A package estate's four standards (P6 90%, P7 100% and &gt;85%, P9 2 a day), every one met unless changed.</summary>
    private static InspectionInput Package(decimal satisfaction = 93m, decimal patrols = 2m) => new()
    {
        Date = Today.AddDays(-1), Inspector = "王检查", Evidence = "满意度调查表（120份）",
        Values = new Dictionary<long, decimal?> { [2] = satisfaction, [4] = 100m, [5] = 90m, [10] = patrols },
    };

    [Fact]
    public async Task An_inspection_meeting_every_standard_of_its_mode_meets_all_and_keeps_each_verdict_with_the_standard_judged()
    {
        var store = new InMemoryStandards();
        var service = new StandardsService(store, store);

        var result = await service.RecordAsync(Estate(11, ManagementMode.SubDistrictPackage), Package(), Today, Office);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        var stored = Assert.Single(store.Inspections);
        Assert.True(stored.MeetsAll);
        Assert.Equal(ManagementMode.SubDistrictPackage, stored.Mode);
        Assert.Equal([2L, 4, 5, 10], stored.Values.Select(v => v.StandardId));
        Assert.All(stored.Values, v => Assert.True(v.Met));
        Assert.Equal((StandardComparison.AtLeast, 90m, 1L), (stored.Values[0].Comparison, stored.Values[0].Threshold, stored.Values[0].StandardVersion));
        var entry = Assert.Single(Assert.Single(store.Writes));
        Assert.Equal((AuditEntities.Inspection, stored.Id, AuditActions.Create, "区清零办"), (entry.EntityType, entry.EntityId, entry.Action, entry.UserName));
    }

    [Fact]
    public async Task One_standard_missed_is_not_met_and_the_inspection_does_not_meet_all()
    {
        var store = new InMemoryStandards();
        var result = await new StandardsService(store, store).RecordAsync(Estate(11, ManagementMode.SubDistrictPackage), Package(patrols: 1m), Today, Office);

        Assert.True(result.Succeeded);
        var stored = Assert.Single(store.Inspections);
        Assert.False(stored.MeetsAll);
        Assert.Equal([10L], stored.Values.Where(v => !v.Met).Select(v => v.StandardId));
    }

    [Fact]
    public async Task A_missing_value_a_share_over_100_a_future_date_and_no_inspector_are_refused_naming_the_field_and_nothing_is_written()
    {
        var store = new InMemoryStandards();
        var input = Package(satisfaction: 100.5m);
        input.Date = Today.AddDays(1);
        input.Inspector = " ";
        input.Values = new Dictionary<long, decimal?>(input.Values) { [10] = null };

        var result = await new StandardsService(store, store).RecordAsync(Estate(11, ManagementMode.SubDistrictPackage), input, Today, Office);

        Assert.False(result.Succeeded);
        Assert.Contains(new ValidationError("Date", ValidationCodes.NotInFuture), result.Errors);
        Assert.Contains(result.Errors, e => e.Field == "Inspector" && e.Code == ValidationCodes.Required);
        Assert.Contains(result.Errors, e => e.Field == "Value.DailyPatrols" && e.Code == ValidationCodes.Required);
        Assert.Contains(result.Errors, e => e.Field == "Value.CustomerSatisfaction" && e.Code == StandardErrors.AboveMaximum);
        Assert.Empty(store.Inspections);
        Assert.Empty(store.Writes);
    }

    [Fact]
    public async Task An_unmanaged_estate_has_no_standards_to_inspect()
    {
        var store = new InMemoryStandards();
        var result = await new StandardsService(store, store).RecordAsync(Estate(11, ManagementMode.None), Package(), Today, Office);

        Assert.Equal(StandardErrors.NoStandardsApply, Assert.Single(result.Errors).Code);
        Assert.Empty(store.Inspections);
    }

    [Fact]
    public async Task A_raised_threshold_judges_inspections_from_then_on_and_leaves_the_older_verdict_as_it_was()
    {
        var store = new InMemoryStandards();
        var service = new StandardsService(store, store);
        var estate = Estate(11, ManagementMode.SubDistrictPackage);
        Assert.True((await service.RecordAsync(estate, Package(satisfaction: 91m), Today, Office)).Succeeded);

        var edit = await service.UpdateAsync(2, new StandardInput
        {
            Comparison = StandardComparison.AtLeast, Threshold = 92m, Modes = PlanStandards.All[1].Modes, IsActive = true,
        }, version: 1, Office);
        Assert.True(edit.Succeeded, string.Join(", ", edit.Errors));
        Assert.True((await service.RecordAsync(estate, Package(satisfaction: 91m), Today, Office)).Succeeded);

        var (older, newer) = (store.Inspections[0], store.Inspections[1]);
        Assert.True(older.MeetsAll);
        Assert.Equal((90m, 1L, true), (older.Values[0].Threshold, older.Values[0].StandardVersion, older.Values[0].Met));
        Assert.False(newer.MeetsAll);
        Assert.Equal((92m, 2L, false), (newer.Values[0].Threshold, newer.Values[0].StandardVersion, newer.Values[0].Met));
        var audit = store.Writes[1];
        Assert.Equal((AuditEntities.ServiceStandard, 2L, "Threshold", "90", "92"),
            (audit.Single().EntityType, audit.Single().EntityId, audit.Single().Field, audit.Single().OldValue, audit.Single().NewValue));
    }

    [Fact]
    public async Task An_edit_over_a_version_someone_else_changed_is_refused_and_an_edit_that_changes_nothing_writes_nothing()
    {
        var store = new InMemoryStandards();
        var service = new StandardsService(store, store);
        var same = new StandardInput { Comparison = StandardComparison.Equal, Threshold = 100m, Modes = StandardModes.All, IsActive = true };

        Assert.True((await service.UpdateAsync(4, same, version: 1, Office)).Succeeded);
        Assert.Empty(store.Writes);

        var off = new StandardInput { Comparison = StandardComparison.Equal, Threshold = 100m, Modes = StandardModes.All, IsActive = false };
        Assert.True((await service.UpdateAsync(4, off, version: 1, Office)).Succeeded);
        var stale = await service.UpdateAsync(4, same, version: 1, Office);
        Assert.Equal(StandardErrors.Changed, Assert.Single(stale.Errors).Code);
        Assert.False(store.Standards.Single(s => s.Id == 4).IsActive);
    }

    [Theory]
    [InlineData(null, "10", "Comparison", ValidationCodes.Required)]
    [InlineData(StandardComparison.AtLeast, null, "Threshold", ValidationCodes.Required)]
    [InlineData(StandardComparison.AtLeast, "-1", "Threshold", ValidationCodes.NotNegative)]
    [InlineData(StandardComparison.AtLeast, "101", "Threshold", StandardErrors.AboveMaximum)]
    [InlineData(StandardComparison.AtLeast, "90.001", "Threshold", ValidationCodes.TwoDecimals)]
    [InlineData((StandardComparison)9, "10", "Comparison", ValidationCodes.Required)]
    public async Task An_edit_is_refused_naming_the_field(StandardComparison? comparison, string? threshold, string field, string code)
    {
        var store = new InMemoryStandards();
        var input = new StandardInput
        {
            Comparison = comparison, Modes = StandardModes.All, IsActive = true,
            Threshold = threshold is null ? null : decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture),
        };

        var result = await new StandardsService(store, store).UpdateAsync(1, input, version: 1, Office);

        Assert.Contains(result.Errors, e => e.Field == field && e.Code == code);
        Assert.Empty(store.Writes);
    }
}
