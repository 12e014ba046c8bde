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

    /// <summary>
    /// The confirmation this import is written under (issue 19): its key is claimed in the same transaction, so the same
    /// confirmation sent twice, to one web server or to two at once, writes once; null for an import without one.
    /// </summary>
    public ImportConfirmation? Confirmation { get; init; }
}

/// <summary>
/// A confirmation's claim: <paramref name="Key"/> names one preview (made by the web layer, at most
/// <see cref="MaxKeyLength"/> characters), claimed at <paramref name="ConfirmedUtc"/>. Claims older than
/// <see cref="Kept"/> are forgotten by the next claim: far longer than a preview may wait for its confirmation.
/// </summary>
public sealed record ImportConfirmation(string Key, DateTime ConfirmedUtc)
{
    public const int MaxKeyLength = 64;
    public static readonly TimeSpan Kept = TimeSpan.FromDays(1);

    public DateTime ForgetBeforeUtc => ConfirmedUtc - Kept;
}

/// <summary>The import's confirmation was claimed before (by this server or another): nothing was written this time.</summary>
public sealed class ImportAlreadyConfirmedException(string key)
    : Exception($"The import confirmation {key} was confirmed before; nothing was written.")
{
    public string Key { get; } = key;
}
