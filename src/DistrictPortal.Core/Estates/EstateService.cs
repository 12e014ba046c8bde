using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Estates;

/// <summary>
/// The registry's writes of new estates: one typed on /estates/new, the rows a confirmed import adds, the demo data.
/// Each is checked by the registry's rules (<see cref="EstateValidator"/>) and the hierarchy's (an estate sits under a
/// live community), audited here (<see cref="EstateAudit"/>) and written in one transaction; a refusal writes nothing.
/// A name taken in the community is the database's to find (<see cref="DuplicateNameException"/>), as a stale
/// version in an import is (<see cref="ConcurrencyConflictException"/>).
/// </summary>
public sealed class EstateService(IEstateRepository estates, INodeRepository nodes)
{
    public async Task<DomainResult<long>> CreateAsync(Estate estate, int currentYear, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(estate);
        var errors = EstateValidator.Validate(estate, currentYear).Concat(await CommunityErrorsAsync(estate.CommunityId)).ToList();
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        return DomainResult<long>.Done(await estates.CreateAsync(estate, EstateAudit.Created(estate, context)));
    }

    /// <summary>
    /// Writes a confirmed import all together or not at all: every estate added (checked as <see cref="CreateAsync"/> checks
    /// one) and every estate changed (its audit one entry a field). Returns the new estates' ids in order.
    /// </summary>
    public async Task<DomainResult<IReadOnlyList<long>>> ImportAsync(
        IReadOnlyList<Estate> added, IReadOnlyList<(Estate Before, Estate After)> changed, int currentYear, ChangeContext context,
        string? confirmationKey = null)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(changed);
        var errors = new List<ValidationError>();
        foreach (var estate in added)
            errors.AddRange(EstateValidator.Validate(estate, currentYear));
        foreach (var communityId in added.Select(e => e.CommunityId).Distinct())
            errors.AddRange(await CommunityErrorsAsync(communityId));
        if (errors.Count > 0)
            return DomainResult<IReadOnlyList<long>>.From(errors);
        var import = new EstateImport(
            added.Select(e => new EstateImportAddition(e, EstateAudit.Created(e, context))).ToList(),
            changed.Select(c => new EstateImportChange(c.After, EstateAudit.Diff(c.Before, c.After, context))).ToList())
        {
            Confirmation = confirmationKey is null ? null : new ImportConfirmation(confirmationKey, context.AtUtc),
        };
        return DomainResult<IReadOnlyList<long>>.Done(await estates.ImportAsync(import));
    }

    /// <summary>An estate's parent is a live community (<see cref="ValidationCodes.NotACommunity"/>, <see cref="ValidationCodes.ParentRetired"/>).</summary>
    public async Task<IReadOnlyList<ValidationError>> CommunityErrorsAsync(long communityId) =>
        await nodes.GetByIdAsync(communityId) switch
        {
            null => [new(nameof(Estate.CommunityId), ValidationCodes.NotFound)],
            { Level: not NodeLevel.Community } => [new(nameof(Estate.CommunityId), ValidationCodes.NotACommunity)],
            { IsRetired: true } => [new(nameof(Estate.CommunityId), ValidationCodes.ParentRetired)],
            _ => [],
        };
}
