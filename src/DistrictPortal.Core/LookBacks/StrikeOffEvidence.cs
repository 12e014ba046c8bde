using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Core.LookBacks;

/// <summary>
/// The admin's rule for one way of leaving the list (P11's four modes): a strike-off in <see cref="Mode"/> needs an
/// evidence file (证明材料) of the named kind, e.g. 物业服务合同 when an enterprise takes over. No rule, no requirement.
/// </summary>
public sealed class StrikeOffEvidenceRule
{
    public ManagementMode Mode { get; set; }
    /// <summary>What the file must be, as the officer is told ("物业服务合同").</summary>
    public string Document { get; set; } = "";
}

/// <summary>The evidence rules. Stores and reads only; the rules of a rule and its audit are <see cref="StrikeOffEvidence"/>'s.</summary>
public interface IStrikeOffEvidenceRepository
{
    /// <summary>Every rule, by mode.</summary>
    Task<IReadOnlyList<StrikeOffEvidenceRule>> ListAsync();

    /// <summary>Sets (a document) or removes (null) the rule of <paramref name="mode"/>, with its audit, in one transaction.</summary>
    Task SaveAsync(ManagementMode mode, string? document, IReadOnlyList<AuditEntry> audit);

    /// <summary>The live estates under <paramref name="scopePath"/> with an evidence file of their own or on a return row.</summary>
    Task<IReadOnlyList<long>> ListEstatesWithEvidenceAsync(string scopePath);
}

/// <summary>
/// The per-mode strike-off evidence rule (issue 16, item 6): the admin names, per management mode, the file a strike-off
/// in that mode needs; a return that newly strikes an estate off in such a mode is refused on submission (and by 校验)
/// unless the estate has an evidence file of its own or on a return row (<see cref="Attachments.AttachmentOwnerKind.Estate"/>,
/// <see cref="Attachments.AttachmentOwnerKind.ReturnRow"/>). The refusal names the row, the mode and the document.
/// Strike-offs the registry already holds are not asked again.
/// </summary>
public sealed class StrikeOffEvidence(IStrikeOffEvidenceRepository rules)
{
    public const int MaxDocumentLength = 50;

    /// <summary>The four modes a strike-off can be in: the rules are kept for these only.</summary>
    public static readonly IReadOnlyList<ManagementMode> Modes =
        [ManagementMode.PropertyEnterprise, ManagementMode.CommitteeSelfManaged, ManagementMode.CommunityTrusteeship, ManagementMode.SubDistrictPackage];

    /// <summary>The rows of <paramref name="working"/> struck off anew in a mode with a rule and without evidence on file.</summary>
    public static IReadOnlyList<ValidationError> Missing(
        WeeklyReturn working, IReadOnlyDictionary<long, RegistryFacts> registry,
        IReadOnlyDictionary<ManagementMode, string> rulesByMode, IReadOnlySet<long> estatesWithEvidence)
    {
        ArgumentNullException.ThrowIfNull(working);
        if (rulesByMode.Count == 0)
            return [];
        return working.Rows
            .Where(r => r.IsStruckOff && !(registry.GetValueOrDefault(r.EstateId)?.IsStruckOff ?? false))
            .Where(r => rulesByMode.ContainsKey(r.Mode) && !estatesWithEvidence.Contains(r.EstateId))
            .Select(r => new ValidationError(ReturnValidator.FieldOf(r.EstateId, nameof(ReturnRow.IsStruckOff)),
                ReturnErrors.StrikeOffNeedsEvidence, r.EstateName, rulesByMode[r.Mode], r.Mode))
            .ToList();
    }

    public async Task<IReadOnlyDictionary<ManagementMode, string>> RulesAsync() =>
        (await rules.ListAsync()).ToDictionary(r => r.Mode, r => r.Document);

    /// <summary>Sets or (blank document) removes a mode's rule; audited as the document's old and new value.</summary>
    public async Task<DomainResult> SaveAsync(ManagementMode mode, string? document, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var text = document?.Trim() is { Length: > 0 } t ? t : null;
        var errors = new List<ValidationError>();
        if (!Modes.Contains(mode))
            errors.Add(new(nameof(StrikeOffEvidenceRule.Mode), ValidationCodes.Invalid));
        if (text?.Length > MaxDocumentLength)
            errors.Add(new(nameof(StrikeOffEvidenceRule.Document), ValidationCodes.TooLong, MaxDocumentLength));
        else
            TextRule.CheckName(errors, nameof(StrikeOffEvidenceRule.Document), text);
        if (errors.Count > 0)
            return DomainResult.From(errors);
        var before = (await RulesAsync()).GetValueOrDefault(mode);
        var audit = new AuditDiff(AuditEntities.StrikeOffEvidenceRule, (long)mode, change)
            .Field(nameof(StrikeOffEvidenceRule.Document), before, text).Entries;
        if (audit.Count > 0)
            await rules.SaveAsync(mode, text, audit);
        return DomainResult.Ok;
    }
}
