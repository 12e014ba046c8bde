using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Estates;

/// <summary>
/// Rules for an estate record; each error names the field (the property name) so the form shows it beside that field.
/// Codes are localised by the web layer.
/// </summary>
public static class EstateValidator
{
    public const int EarliestYearBuilt = 1900;
    public const int MaxNameLength = 100;
    public const int MaxAddressLength = 200;

    public static IReadOnlyList<ValidationError> Validate(Estate estate, int currentYear)
    {
        var errors = new List<ValidationError>();

        if (string.IsNullOrWhiteSpace(estate.Name))
            errors.Add(new(nameof(Estate.Name), ValidationCodes.Required));
        else if (estate.Name.Trim().Length > MaxNameLength)
            errors.Add(new(nameof(Estate.Name), ValidationCodes.TooLong, MaxNameLength));
        TextRule.CheckName(errors, nameof(Estate.Name), estate.Name);

        if (estate.Address is { Length: > MaxAddressLength })
            errors.Add(new(nameof(Estate.Address), ValidationCodes.TooLong, MaxAddressLength));
        TextRule.CheckName(errors, nameof(Estate.Address), estate.Address);

        if (estate.CommunityId <= 0)
            errors.Add(new(nameof(Estate.CommunityId), ValidationCodes.Required));

        if (estate.YearBuilt is { } year && (year < EarliestYearBuilt || year > currentYear))
            errors.Add(new(nameof(Estate.YearBuilt), ValidationCodes.YearOutOfRange, EarliestYearBuilt, currentYear));

        if (estate.Buildings < 0)
            errors.Add(new(nameof(Estate.Buildings), ValidationCodes.NotNegative));
        else if (FieldLimits.Buildings.Check(nameof(Estate.Buildings), estate.Buildings) is { } buildings)
            errors.Add(buildings);

        if (estate.Households < 0)
            errors.Add(new(nameof(Estate.Households), ValidationCodes.NotNegative));
        else if (FieldLimits.Households.Check(nameof(Estate.Households), estate.Households) is { } households)
            errors.Add(households);

        if (estate.FloorArea <= 0)
            errors.Add(new(nameof(Estate.FloorArea), ValidationCodes.MustBePositive));
        else if (FieldLimits.FloorArea.Check(nameof(Estate.FloorArea), estate.FloorArea) is { } floorArea)
            errors.Add(floorArea);

        if (estate.ManagementRoomArea is < 0)
            errors.Add(new(nameof(Estate.ManagementRoomArea), ValidationCodes.NotNegative));
        else if (FieldLimits.ManagementRoomArea.Check(nameof(Estate.ManagementRoomArea), estate.ManagementRoomArea) is { } roomArea)
            errors.Add(roomArea);
        else if (estate.ManagementRoomArea is { } room && estate.FloorArea > 0 && room > estate.FloorArea)
            errors.Add(new(nameof(Estate.ManagementRoomArea), ValidationCodes.RoomLargerThanEstate));

        if (!Enum.IsDefined(estate.Class))
            errors.Add(new(nameof(Estate.Class), ValidationCodes.Invalid));

        if (!Enum.IsDefined(estate.Status))
            errors.Add(new(nameof(Estate.Status), ValidationCodes.Invalid));

        if (!Enum.IsDefined(estate.Mode))
            errors.Add(new(nameof(Estate.Mode), ValidationCodes.Invalid));

        // An estate managed by one of the four ways out of the list must say which (P11); an unmanaged one has no mode yet,
        // but for 4: a packaged estate takes mode 4 as it joins (Packages.PackageJoin) and stays on the list, unmanaged,
        // until a return strikes it off, so its registry page must still save.
        if (estate.Status == ManagementStatus.Unmanaged && estate.Mode is not (ManagementMode.None or ManagementMode.SubDistrictPackage))
            errors.Add(new(nameof(Estate.Mode), ValidationCodes.UnmanagedHasNoMode));

        return errors;
    }

    /// <summary>
    /// The old-estate programme's scope (P8): built before 1999, complete-set housing, not yet professionally managed.
    /// </summary>
    public static bool IsInOldEstateProgramme(Estate estate) =>
        estate.YearBuilt is < 1999 && estate.IsCompleteSet && estate.Status != ManagementStatus.Professional;
}
