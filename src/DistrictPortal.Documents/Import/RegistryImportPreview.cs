using DistrictPortal.Core.Estates;

namespace DistrictPortal.Documents.Import;

/// <summary>A new estate read from the upload, with the row it came from.</summary>
public sealed record EstateToAdd(int SourceRow, Estate Estate);

/// <summary>One registry fact that an upload changes, with its Chinese column name and both values as shown.</summary>
public sealed record FieldChange(string Field, string Label, string? OldValue, string? NewValue);

/// <summary>
/// An existing estate the upload changes. <see cref="After"/> is <see cref="Before"/> with the upload's facts and the
/// same Version, ready for <c>IEstateRepository.UpdateAsync(After, EstateAudit.Diff(Before, After, context))</c>.
/// </summary>
public sealed record EstateToChange(int SourceRow, Estate Before, Estate After, IReadOnlyList<FieldChange> Changes);

/// <summary>
/// What an upload would do, for the uploader to confirm: estates to add, estates to change, how many are unchanged,
/// which existing estates the file does not mention (never deleted by an import), and every problem found.
/// Rows with an error are in neither list. The caller commits the lists in one transaction, and only when
/// <see cref="CanCommit"/>.
/// </summary>
public sealed class RegistryImportPreview
{
    public IReadOnlyList<EstateToAdd> ToAdd { get; init; } = [];
    public IReadOnlyList<EstateToChange> ToChange { get; init; } = [];
    public int UnchangedCount { get; init; }
    public IReadOnlyList<Estate> NotInFile { get; init; } = [];
    public IReadOnlyList<ImportIssue> Issues { get; init; } = [];
    /// <summary>The sheet the estates were read from, and whether a summary sheet was found and checked.</summary>
    public string? RegistrySheet { get; init; }
    public string? SummarySheet { get; init; }

    public IEnumerable<ImportIssue> Errors => Issues.Where(i => i.IsError);
    public IEnumerable<ImportIssue> Warnings => Issues.Where(i => !i.IsError);
    public bool HasErrors => Issues.Any(i => i.IsError);
    public bool CanCommit => !HasErrors && (ToAdd.Count > 0 || ToChange.Count > 0);

    public static RegistryImportPreview Refused(ImportIssue refusal) => new() { Issues = [refusal] };
}
