using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Packages;

/// <summary>The package's audit: every change of a package and its records is an entry on the package (entity "Package").</summary>
public static class PackageAudit
{
    public const string EntityType = AuditEntities.Package;
    public const string Dissolve = "dissolve";
    public const string Tender = "tender";
    public const string Supervision = "supervision";
    public const string Review = "review";
    public const string Vote = "renewal-vote";
}

/// <summary>
/// Mode 4 (街道集中管理, P11): the sub-district bundles estates into packages and tenders them; the community supervises
/// daily and reviews quarterly; the owners vote on renewal at term end. Validates (<see cref="PackageRules"/>), decides
/// and builds the audit; nothing is written when it refuses. Role and scope are the caller's to check first; the
/// <c>mayRecord</c> arguments say which estates the caller may record for (a community officer: its community's).
/// </summary>
public sealed partial class PackageService(IPackageRepository packages, IEstateRepository estates, Enterprises.IEnterpriseRepository enterprises)
{
    /// <summary>More estates than any sub-district holds: the candidates are read in one batch.</summary>
    private const int MaxEstatesRead = 20_000;

    public async Task<DomainResult<long>> CreateAsync(long subDistrictId, string subDistrictPath, PackageInput input, DateOnly today, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(change);
        var candidates = await estates.ListAfterPathAsync(subDistrictPath, null, MaxEstatesRead);
        var live = await packages.ListLiveMembersInScopeAsync(subDistrictPath);
        var errors = ValidatePackage(input, candidates, live, null, await PackageNamesAsync(subDistrictPath));
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        var name = input.Name!.Trim();
        var package = new Package { SubDistrictId = subDistrictId, Name = name, CreatedOn = today, Path = subDistrictPath };
        var ids = input.EstateIds.Distinct().Order().ToList();
        var audit = new AuditDiff(PackageAudit.EntityType, AuditEntry.NewRow, change)
            .Action(AuditActions.Create, newValue: name);
        foreach (var id in ids)
            audit.Action(AuditActions.AddEstate, nameof(PackageMember.EstateId), null, NameOf(candidates, id));
        var modes = PackageJoin.ModeChanges(candidates.Where(e => ids.Contains(e.Id)), name, change);
        return await Write(async () => await packages.CreateAsync(package, ids, audit.Entries, modes));
    }

    public async Task<DomainResult> UpdateAsync(Package package, PackageInput input, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(input);
        if (!package.IsLive)
            return DomainResult.Refuse(nameof(Package.Name), PackageErrors.Dissolved);
        var candidates = await estates.ListAfterPathAsync(package.Path, null, MaxEstatesRead);
        var live = await packages.ListLiveMembersInScopeAsync(package.Path);
        var errors = ValidatePackage(input, candidates, live, package, await PackageNamesAsync(package.Path));
        if (errors.Count > 0)
            return DomainResult.From(errors);
        var before = live.Where(m => m.PackageId == package.Id).Select(m => m.EstateId).ToHashSet();
        var after = input.EstateIds.Distinct().Order().ToList();
        var name = input.Name!.Trim();
        var audit = new AuditDiff(PackageAudit.EntityType, package.Id, change).Field(nameof(Package.Name), package.Name, name);
        foreach (var id in after.Where(id => !before.Contains(id)))
            audit.Action(AuditActions.AddEstate, nameof(PackageMember.EstateId), null, NameOf(candidates, id));
        foreach (var id in before.Where(id => !after.Contains(id)).Order())
            audit.Action(AuditActions.RemoveEstate, nameof(PackageMember.EstateId), NameOf(candidates, id), null);
        if (audit.Entries.Count == 0)
            return DomainResult.Ok;
        // Only the estates joining now take mode 4 (PackageJoin); those taken out keep theirs.
        var modes = PackageJoin.ModeChanges(candidates.Where(e => after.Contains(e.Id) && !before.Contains(e.Id)), name, change);
        var result = await Write(async () =>
        {
            await packages.UpdateAsync(package.Id, name, after, package.Version, audit.Entries, modes);
            return 0L;
        });
        return new DomainResult(result.Errors);
    }

    public async Task<DomainResult> DissolveAsync(Package package, DateOnly today, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(package);
        if (!package.IsLive)
            return DomainResult.Refuse(nameof(Package.DissolvedOn), PackageErrors.Dissolved);
        var audit = new AuditDiff(PackageAudit.EntityType, package.Id, change)
            .Action(PackageAudit.Dissolve, nameof(Package.DissolvedOn), null, Day(today)).Entries;
        var result = await Write(async () =>
        {
            await packages.DissolveAsync(package.Id, today, package.Version, audit);
            return 0L;
        });
        return new DomainResult(result.Errors);
    }

    public static IReadOnlyList<ValidationError> ValidatePackage(
        PackageInput input, IReadOnlyList<Estate> candidates, IReadOnlyList<PackageMember> liveMembers, Package? package,
        IReadOnlyDictionary<long, string> packageNames)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ValidationError>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
            errors.Add(new(nameof(Package.Name), ValidationCodes.Required));
        else if (name.Length > PackageRules.MaxNameLength)
            errors.Add(new(nameof(Package.Name), ValidationCodes.TooLong, PackageRules.MaxNameLength));
        else if (TextRule.CheckName(nameof(Package.Name), name) is { } badName)
            errors.Add(badName);
        else if (packageNames.Any(p => p.Key != package?.Id && NameKey.Of(p.Value) == NameKey.Of(name)))
            errors.Add(new(nameof(Package.Name), PackageErrors.NameTaken, name));
        var ids = input.EstateIds.Distinct().ToList();
        if (ids.Count == 0)
            errors.Add(new(nameof(PackageInput.EstateIds), PackageErrors.NoEstates));
        var byId = candidates.Where(e => !e.IsRetired).ToDictionary(e => e.Id);
        foreach (var id in ids)
        {
            if (!byId.TryGetValue(id, out var estate))
            {
                errors.Add(new(nameof(PackageInput.EstateIds), PackageErrors.NotInSubDistrict, id));
                continue;
            }
            var other = liveMembers.FirstOrDefault(m => m.EstateId == id && m.PackageId != package?.Id);
            if (other is not null)
                errors.Add(new(nameof(PackageInput.EstateIds), PackageErrors.InAnotherPackage, estate.Name,
                    packageNames.TryGetValue(other.PackageId, out var otherName) ? otherName : other.PackageId.ToString(CultureInfo.InvariantCulture)));
        }
        return errors;
    }

    private async Task<IReadOnlyDictionary<long, string>> PackageNamesAsync(string subDistrictPath) =>
        (await packages.ListInScopeAsync(subDistrictPath)).ToDictionary(p => p.Id, p => p.Name);

    private static string NameOf(IReadOnlyList<Estate> candidates, long id) =>
        candidates.FirstOrDefault(e => e.Id == id)?.Name is { } name ? $"{id} {name}" : id.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The write, with the database's refusals (a duplicate, a concurrent change) as the rules' codes.</summary>
    private static async Task<DomainResult<long>> Write(Func<Task<long>> write)
    {
        try
        {
            return DomainResult<long>.Done(await write());
        }
        catch (DuplicateNameException e)
        {
            // Another write took the estate (or the quarter, or the vote) between reading and writing.
            return DomainResult<long>.Refuse(e.Field, PackageErrors.Changed);
        }
        catch (ConcurrencyConflictException)
        {
            return DomainResult<long>.Refuse(nameof(Package.Version), PackageErrors.Changed);
        }
    }
}
