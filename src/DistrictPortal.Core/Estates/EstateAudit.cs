using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Core.Estates;

/// <summary>The audit entries of an estate: its creation, and one per field an edit changed.</summary>
public static class EstateAudit
{
    public const string EntityType = AuditEntities.Estate;

    /// <summary>A new estate (for <see cref="AuditEntry.NewRow"/>; the store stamps the new id).</summary>
    public static IReadOnlyList<AuditEntry> Created(Estate estate, ChangeContext context) =>
        new AuditDiff(EntityType, AuditEntry.NewRow, context).Action(AuditActions.Create, newValue: estate.Name.Trim()).Entries;

    public static IReadOnlyList<AuditEntry> Diff(Estate before, Estate after, ChangeContext context) =>
        new AuditDiff(EntityType, before.Id, context)
            .Field(nameof(Estate.Name), before.Name, after.Name)
            .Field(nameof(Estate.Address), before.Address, after.Address)
            .Field(nameof(Estate.YearBuilt), before.YearBuilt, after.YearBuilt)
            .Field(nameof(Estate.IsCompleteSet), before.IsCompleteSet, after.IsCompleteSet)
            .Field(nameof(Estate.Buildings), before.Buildings, after.Buildings)
            .Field(nameof(Estate.Households), before.Households, after.Households)
            .Field(nameof(Estate.FloorArea), before.FloorArea, after.FloorArea)
            .Field(nameof(Estate.ManagementRoomArea), before.ManagementRoomArea, after.ManagementRoomArea)
            .Field(nameof(Estate.IsManagementRoomInterim), before.IsManagementRoomInterim, after.IsManagementRoomInterim)
            .Field(nameof(Estate.Class), before.Class, after.Class)
            .Field(nameof(Estate.Status), before.Status, after.Status)
            .Field(nameof(Estate.Mode), before.Mode, after.Mode)
            .Field(nameof(Estate.IsPilot), before.IsPilot, after.IsPilot)
            .Field(nameof(Estate.IsBenchmark), before.IsBenchmark, after.IsBenchmark)
            .Field(nameof(Estate.SixHaves), before.SixHaves, after.SixHaves)
            .Field(nameof(Estate.EightHaves), before.EightHaves, after.EightHaves)
            .Entries;
}
