using DistrictPortal.Core.Estates;

namespace DistrictPortal.Documents.Import;

/// <summary>One estate row of the registry sheet as read, whatever its problems (the summary check counts them all).</summary>
internal sealed class ParsedEstateRow(int row)
{
    public int Row { get; } = row;
    public Estate Estate { get; } = new();
    public long? CommunityId { get; set; }
    public EstateClass? Class { get; set; }
    public bool HasError { get; set; }
    /// <summary>Columns that already have an issue, so the domain validator does not report them twice.</summary>
    public HashSet<RegistryField> FieldsWithIssues { get; } = [];
    /// <summary>The numbers read, for checking a 合计 row.</summary>
    public Dictionary<RegistryField, decimal> Numbers { get; } = [];
}
