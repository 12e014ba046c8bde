using System.Globalization;
using DistrictPortal.Core.Estates;
using DistrictPortal.Documents.Excel;

namespace DistrictPortal.Documents.Import;

/// <summary>The registry facts an upload carries that differ from the estate on record, as the preview shows them.</summary>
public static class EstateChanges
{
    public static IReadOnlyList<FieldChange> Between(Estate before, Estate after)
    {
        var changes = new List<FieldChange>();
        void Field(string field, RegistryField column, string? old, string? @new)
        {
            if (old != @new)
                changes.Add(new FieldChange(field, RegistryFields.LabelOf(column), old, @new));
        }

        Field(nameof(Estate.Address), RegistryField.Address, Blank(before.Address), Blank(after.Address));
        Field(nameof(Estate.YearBuilt), RegistryField.YearBuilt, Number(before.YearBuilt), Number(after.YearBuilt));
        Field(nameof(Estate.IsCompleteSet), RegistryField.IsCompleteSet, EstateLabels.Of(before.IsCompleteSet), EstateLabels.Of(after.IsCompleteSet));
        Field(nameof(Estate.Buildings), RegistryField.Buildings, Number(before.Buildings), Number(after.Buildings));
        Field(nameof(Estate.Households), RegistryField.Households, Number(before.Households), Number(after.Households));
        Field(nameof(Estate.FloorArea), RegistryField.FloorArea, Number(before.FloorArea), Number(after.FloorArea));
        Field(nameof(Estate.ManagementRoomArea), RegistryField.ManagementRoomArea, Number(before.ManagementRoomArea), Number(after.ManagementRoomArea));
        Field(nameof(Estate.Class), RegistryField.Class, EstateLabels.Of(before.Class), EstateLabels.Of(after.Class));
        Field(nameof(Estate.Status), RegistryField.Status, EstateLabels.Of(before.Status), EstateLabels.Of(after.Status));
        Field(nameof(Estate.IsPilot), RegistryField.IsPilot, EstateLabels.Of(before.IsPilot), EstateLabels.Of(after.IsPilot));
        Field(nameof(Estate.IsBenchmark), RegistryField.IsBenchmark, EstateLabels.Of(before.IsBenchmark), EstateLabels.Of(after.IsBenchmark));
        return changes;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // 100.00 from decimal(18,2) and 100 from a cell are the same area: compare without trailing zeros.
    private static string? Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
