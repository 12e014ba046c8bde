using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Estates;

/// <summary>An existing estate an import changes: its new facts (with the version read) and the audit of each change.</summary>
public sealed record EstateImportChange(Estate After, IReadOnlyList<AuditEntry> Audit);

/// <summary>An estate an import adds, with its "create" entry (<see cref="EstateAudit.Created"/>, for <see cref="AuditEntry.NewRow"/>).</summary>
public sealed record EstateImportAddition(Estate Estate, IReadOnlyList<AuditEntry> Audit);

/// <summary>
/// A confirmed registry import (调研摸底表): estates to add and estates to change, written by
/// <see cref="IEstateRepository.ImportAsync"/> all together or not at all.
/// </summary>
public sealed record EstateImport(IReadOnlyList<EstateImportAddition> Added, IReadOnlyList<EstateImportChange> Changed)
{
    public int Count => Added.Count + Changed.Count;
}
