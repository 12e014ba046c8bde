using DistrictPortal.Core.Standards;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[ServiceStandard_*], [dbo].[Inspection_*] and [dbo].[InspectionValue_*] procedure; the properties
// are its parameters (see StoredProcedureAttribute).

[StoredProcedure("ServiceStandard_ReadAll")]
internal sealed record ServiceStandardReadAll : IQuery<ServiceStandard>;

/// <summary>The edit, only over <see cref="Version"/>: 0 rows updated is a conflict.</summary>
[StoredProcedure("ServiceStandard_Update")]
internal sealed record ServiceStandardUpdate(long Id, StandardComparison Comparison, decimal Threshold, StandardModes Modes, bool IsActive, long Version)
    : IQuery<RowsUpdated>;

/// <summary>The new inspection's id.</summary>
[StoredProcedure("Inspection_Create")]
internal sealed record InspectionCreate(
    long EstateId, DateOnly Date, string Inspector, string? Evidence, Core.Estates.ManagementMode Mode, bool MeetsAll, DateTime RecordedUtc,
    long RecordedByUserId, string RecordedByName) : IQuery<long>
{
    public static InspectionCreate From(Inspection i) =>
        new(i.EstateId, i.Date, i.Inspector, i.Evidence, i.Mode, i.MeetsAll, i.RecordedUtc, i.RecordedByUserId, i.RecordedByName);
}

[StoredProcedure("Inspection_ReadByEstateId")]
internal sealed record InspectionReadByEstateId(long EstateId) : IQuery<Inspection>;

[StoredProcedure("Inspection_ReadLatestByScopePath")]
internal sealed record InspectionReadLatestByScopePath(string ScopePath) : IQuery<Inspection>;

[StoredProcedure("InspectionValue_Create")]
internal sealed record InspectionValueCreate(
    long InspectionId, long StandardId, StandardComparison Comparison, decimal Threshold, long StandardVersion, decimal Value, bool Met) : ICommand
{
    public static InspectionValueCreate From(long inspectionId, InspectionValue v) =>
        new(inspectionId, v.StandardId, v.Comparison, v.Threshold, v.StandardVersion, v.Value, v.Met);
}

[StoredProcedure("InspectionValue_ReadByEstateId")]
internal sealed record InspectionValueReadByEstateId(long EstateId) : IQuery<InspectionValue>;

[StoredProcedure("InspectionValue_ReadLatestByScopePath")]
internal sealed record InspectionValueReadLatestByScopePath(string ScopePath) : IQuery<InspectionValue>;
