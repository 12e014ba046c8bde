using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Packages;

/// <summary>
/// An estate whose registry mode a package sets as it joins: its facts as they will be (mode 4, the version read) and the
/// estate's own audit (<see cref="EstateAudit.Diff"/> plus the package named), written by the package's repository in
/// the package's transaction with the very statement an edit of the registry uses.
/// </summary>
public sealed record PackageModeChange(Estate After, IReadOnlyList<AuditEntry> Audit);

/// <summary>
/// Joining a package makes the estate's registry mode 街道集中管理 (mode 4, P11). The moment is the joining, not the
/// tender's award: P11's mode 4 is the sub-district taking its unmanaged estates into its own 物业服务中心 by bundling
/// them (集中打包); the public tender is how the sub-district then hires the enterprise for the whole package, and the
/// sub-district's duties (P9's two patrols a day by its service centre) are its own from the bundling on. The estate
/// still leaves the list only when an accepted return strikes it off (the status is the return's to change, by
/// <see cref="StrikeOffStatus"/>), so the status is left as it is. Leaving a package, or dissolving it, does not put the
/// mode back: the mode is the registry's, the officer changes it by hand, and /contracts/{estateId} flags a mode 4
/// without a live package meanwhile (<see cref="Management.ManagementFlag.NotInPackage"/>).
/// </summary>
public static class PackageJoin
{
    public const string Action = "package-join";

    /// <summary>
    /// The registry changes of the estates that join <paramref name="packageName"/>: each one whose mode is not yet 4,
    /// audited as a registry edit of the mode (the field's old and new value) with an entry naming the package.
    /// </summary>
    public static IReadOnlyList<PackageModeChange> ModeChanges(IEnumerable<Estate> joining, string packageName, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(joining);
        ArgumentNullException.ThrowIfNull(change);
        var changes = new List<PackageModeChange>();
        foreach (var before in joining.Where(e => e.Mode != ManagementMode.SubDistrictPackage).DistinctBy(e => e.Id).OrderBy(e => e.Id))
        {
            var after = before.Copy();
            after.Mode = ManagementMode.SubDistrictPackage;
            var audit = EstateAudit.Diff(before, after, change)
                .Append(new AuditDiff(EstateAudit.EntityType, before.Id, change).Action(Action, nameof(Package), null, packageName).Entries[0])
                .ToList();
            changes.Add(new PackageModeChange(after, audit));
        }
        return changes;
    }
}
