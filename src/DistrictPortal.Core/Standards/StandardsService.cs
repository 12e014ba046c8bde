using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Standards;

/// <summary>An edit of a standard as typed (null where left blank).</summary>
public sealed class StandardInput
{
    public StandardComparison? Comparison { get; set; }
    public decimal? Threshold { get; set; }
    public StandardModes Modes { get; set; }
    public bool IsActive { get; set; }
}

/// <summary>An inspection as typed: the values by standard id (null where left blank).</summary>
public sealed class InspectionInput
{
    public DateOnly? Date { get; set; }
    public string? Inspector { get; set; }
    public string? Evidence { get; set; }
    public IReadOnlyDictionary<long, decimal?> Values { get; set; } = new Dictionary<long, decimal?>();
}

/// <summary>Codes of the standards' rules ("Standards.Validation.{code}" / "Inspections.Validation.{code}" in the resources).</summary>
public static class StandardErrors
{
    /// <summary>No active standard applies to the estate's management mode (an unmanaged estate has none).</summary>
    public const string NoStandardsApply = "NoStandardsApply";
    /// <summary>The standard was changed by someone else since the form was read: nothing written.</summary>
    public const string Changed = "Changed";
    /// <summary>A share above 100% (args: the maximum).</summary>
    public const string AboveMaximum = "AboveMaximum";
}

/// <summary>
/// The service standards and the inspections against them (issue 20, item 5):
/// - an edit of a standard (comparison, threshold, modes, active) by the office, validated, audited field by field and
///   written only over the version read; it applies to inspections recorded from then on;
/// - an inspection of a managed estate: date (not in the future), inspector, optional evidence, a value for every active
///   standard that applies to the estate's mode; each value judged against the standard as it stands now and kept with
///   that version, comparison and threshold; "meets all" when every one is met.
/// Role and scope are the caller's to check first.
/// </summary>
public sealed class StandardsService(IServiceStandardRepository standards, IInspectionRepository inspections)
{
    public const int MaxInspectorLength = 50;
    public const int MaxEvidenceLength = 200;

    public Task<IReadOnlyList<ServiceStandard>> ListAsync() => standards.ListAsync();

    /// <summary>The active standards an inspection of an estate managed in <paramref name="mode"/> measures, by id.</summary>
    public static IReadOnlyList<ServiceStandard> Applicable(IEnumerable<ServiceStandard> all, ManagementMode mode) =>
        all.Where(s => s.AppliesTo(mode)).OrderBy(s => s.Id).ToList();

    public async Task<DomainResult> UpdateAsync(long id, StandardInput input, long version, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(change);
        var current = (await standards.ListAsync()).FirstOrDefault(s => s.Id == id);
        if (current is null)
            return DomainResult.Refuse(nameof(ServiceStandard.Id), ValidationCodes.NotFound);
        var errors = ValidateEdit(current.Measure, input);
        if (errors.Count > 0)
            return DomainResult.From(errors);
        var (changed, audit) = Decide(current, input, change);
        if (audit.Count == 0)
            return DomainResult.Ok;
        try
        {
            await standards.UpdateAsync(changed, version, audit);
            return DomainResult.Ok;
        }
        catch (ConcurrencyConflictException)
        {
            return DomainResult.Refuse(nameof(ServiceStandard.Version), StandardErrors.Changed);
        }
    }

    public static IReadOnlyList<ValidationError> ValidateEdit(StandardMeasure measure, StandardInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ValidationError>();
        if (input.Comparison is not { } comparison || !Enum.IsDefined(comparison))
            errors.Add(new(nameof(ServiceStandard.Comparison), ValidationCodes.Required));
        CheckNumber(errors, nameof(ServiceStandard.Threshold), measure, input.Threshold);
        if ((input.Modes & ~StandardModes.All) != 0)
            errors.Add(new(nameof(ServiceStandard.Modes), ValidationCodes.Invalid));
        return errors;
    }

    /// <summary>The standard after the edit and the audit of every field that changed (none: nothing to write).</summary>
    public static (ServiceStandard Changed, IReadOnlyList<AuditEntry> Audit) Decide(ServiceStandard current, StandardInput input, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(input);
        var changed = new ServiceStandard
        {
            Id = current.Id, Measure = current.Measure, Plan = current.Plan, Version = current.Version,
            Comparison = input.Comparison!.Value, Threshold = input.Threshold!.Value, Modes = input.Modes & StandardModes.All, IsActive = input.IsActive,
        };
        var audit = new AuditDiff(AuditEntities.ServiceStandard, current.Id, change)
            .Field(nameof(ServiceStandard.Comparison), current.Comparison, changed.Comparison)
            .Field(nameof(ServiceStandard.Threshold), current.Threshold, changed.Threshold)
            .Field(nameof(ServiceStandard.Modes), current.Modes, changed.Modes)
            .Field(nameof(ServiceStandard.IsActive), current.IsActive, changed.IsActive).Entries;
        return (changed, audit);
    }

    public async Task<DomainResult<long>> RecordAsync(Estate estate, InspectionInput input, DateOnly today, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(estate);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(change);
        var applicable = Applicable(await standards.ListAsync(), estate.Mode);
        var errors = ValidateInspection(applicable, input, today);
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        var (inspection, audit) = Judge(estate, applicable, input, change);
        return DomainResult<long>.Done(await inspections.AddAsync(inspection, audit));
    }

    /// <summary>The name of a measured value's field in an error: "Value.CustomerSatisfaction".</summary>
    public static string ValueField(StandardMeasure measure) => $"Value.{measure}";

    public static IReadOnlyList<ValidationError> ValidateInspection(IReadOnlyList<ServiceStandard> applicable, InspectionInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ValidationError>();
        if (applicable.Count == 0)
        {
            errors.Add(new(nameof(Inspection.EstateId), StandardErrors.NoStandardsApply));
            return errors;
        }
        if (input.Date is not { } date)
            errors.Add(new(nameof(Inspection.Date), ValidationCodes.Required));
        else if (date > today)
            errors.Add(new(nameof(Inspection.Date), ValidationCodes.NotInFuture));
        var inspector = input.Inspector?.Trim() ?? "";
        if (inspector.Length == 0)
            errors.Add(new(nameof(Inspection.Inspector), ValidationCodes.Required));
        else if (inspector.Length > MaxInspectorLength)
            errors.Add(new(nameof(Inspection.Inspector), ValidationCodes.TooLong, MaxInspectorLength));
        else
            TextRule.CheckName(errors, nameof(Inspection.Inspector), inspector);
        if (Evidence(input)?.Length > MaxEvidenceLength)
            errors.Add(new(nameof(Inspection.Evidence), ValidationCodes.TooLong, MaxEvidenceLength));
        foreach (var standard in applicable)
            CheckNumber(errors, ValueField(standard.Measure), standard.Measure, input.Values.GetValueOrDefault(standard.Id));
        return errors;
    }

    /// <summary>The inspection to store, every value judged against the standard as it stands, and its audit, from valid input.</summary>
    public static (Inspection Inspection, IReadOnlyList<AuditEntry> Audit) Judge(
        Estate estate, IReadOnlyList<ServiceStandard> applicable, InspectionInput input, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(estate);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(change);
        var values = applicable.Select(s =>
        {
            var value = input.Values[s.Id]!.Value;
            return new InspectionValue
            {
                StandardId = s.Id, Measure = s.Measure, Comparison = s.Comparison, Threshold = s.Threshold, StandardVersion = s.Version,
                Value = value, Met = s.IsMetBy(value),
            };
        }).ToList();
        var inspection = new Inspection
        {
            EstateId = estate.Id,
            Date = input.Date!.Value,
            Inspector = input.Inspector!.Trim(),
            Evidence = Evidence(input),
            Mode = estate.Mode,
            MeetsAll = values.Count > 0 && values.All(v => v.Met),
            RecordedUtc = change.AtUtc,
            RecordedByUserId = change.UserId,
            RecordedByName = change.UserName,
            Values = values,
            EstateName = estate.Name,
            Path = estate.Path,
            SubDistrictId = estate.SubDistrictId,
            SubDistrictName = estate.SubDistrictName,
        };
        var audit = new AuditDiff(AuditEntities.Inspection, AuditEntry.NewRow, change)
            .Action(AuditActions.Create, newValue: Summary(inspection)).Entries;
        return (inspection, audit);
    }

    /// <summary>One line the trail shows: "2026-12-01 张三 met 8/9: 1=93 ✓; 3=94 ✗ …" (standard id = value).</summary>
    public static string Summary(Inspection i) => string.Create(CultureInfo.InvariantCulture,
        $"{i.Date:yyyy-MM-dd} {i.Inspector} met {i.Values.Count(v => v.Met)}/{i.Values.Count}: ")
        + string.Join("; ", i.Values.Select(v => string.Create(CultureInfo.InvariantCulture,
            $"{v.StandardId}={v.Value:0.##}{(v.Met ? " met" : " not met")} (v{v.StandardVersion} {StandardRules.Sign(v.Comparison)} {v.Threshold:0.##})")));

    private static void CheckNumber(List<ValidationError> errors, string field, StandardMeasure measure, decimal? value)
    {
        if (value is not { } v)
            errors.Add(new(field, ValidationCodes.Required));
        else if (v < 0)
            errors.Add(new(field, ValidationCodes.NotNegative));
        else if (v > StandardRules.MaxOf(measure))
            errors.Add(StandardRules.UnitOf(measure) == StandardUnit.Percent
                ? new(field, StandardErrors.AboveMaximum, StandardRules.MaxOf(measure))
                : new(field, ValidationCodes.TooLarge, StandardRules.MaxOf(measure)));
        else if (decimal.Round(v, 2) != v)
            errors.Add(new(field, ValidationCodes.TwoDecimals));
    }

    private static string? Evidence(InspectionInput input) =>
        TextRule.CleanNarrative(input.Evidence)?.Trim() is { Length: > 0 } e ? e : null;
}
