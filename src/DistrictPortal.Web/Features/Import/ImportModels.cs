using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Documents.Import;

namespace DistrictPortal.Web.Features.Import;

public sealed class ImportPageModel
{
    /// <summary>The sub-districts the user may import for (one for a sub-district officer).</summary>
    public required IReadOnlyList<Node> SubDistricts { get; init; }
    public Node? SubDistrict { get; init; }
    public RegistryImportPreview? Preview { get; init; }
    public string? FileName { get; init; }
    /// <summary>The protected file for the confirmation form (see <see cref="PendingImport"/>).</summary>
    public string? Payload { get; init; }
    public string? Digest { get; init; }
    /// <summary>Shown above the preview when a confirmation could not be committed as it stood.</summary>
    public string? Refusal { get; init; }
}
