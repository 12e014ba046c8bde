using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Documents.Import;

/// <summary>What the importer needs to know about the sub-district the upload is for; it reads no database itself.</summary>
public sealed record RegistryImportContext
{
    /// <summary>"牌楼街道", for messages.</summary>
    public required string SubDistrictName { get; init; }
    /// <summary>The sub-district's communities (社区/村): a row naming any other is refused.</summary>
    public required IReadOnlyList<Node> Communities { get; init; }
    /// <summary>The sub-district's estates, retired ones included (a retired name cannot silently come back as new).</summary>
    public IReadOnlyList<Estate> ExistingEstates { get; init; } = [];
    /// <summary>The latest year a building can have been built in (this year, Asia/Shanghai).</summary>
    public required int CurrentYear { get; init; }
    public long MaxBytes { get; init; } = UploadGuard.DefaultMaxBytes;
    /// <summary>More rows than any sub-district has estates means the wrong sheet or a runaway formatting range.</summary>
    public int MaxRows { get; init; } = 5000;
}
