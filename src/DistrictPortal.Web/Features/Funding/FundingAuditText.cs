using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Funding;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Funding;

/// <summary>
/// A funding audit entry in the reader's words. Entries are stored culture-free (Core's <see cref="FundingAudit"/>): a new
/// line's field is its category or payer code and an edit's field is a property name, so the change log would otherwise
/// read "新增 HardshipFeeRelief 0.00".
/// </summary>
public static class FundingAuditText
{
    public static string Field(IStringLocalizer l, AuditEntry entry)
    {
        if (entry.Field is not { } field)
            return "";
        if (Enum.TryParse<CostCategory>(field, out var category) && Enum.IsDefined(category))
            return l.Enum(category);
        if (Enum.TryParse<Payer>(field, out var payer) && Enum.IsDefined(payer))
            return l.Enum(payer);
        var label = l[$"Funding.Field.{field}"];
        return label.ResourceNotFound ? field : label.Value;
    }

    public static string Value(IStringLocalizer l, AuditEntry entry, string? value)
    {
        if (value is null)
            return "";
        if (entry.Field == nameof(CostItem.Hardship) && Enum.TryParse<HardshipApplication>(value, out var hardship))
            return l.Enum(hardship);
        if (bool.TryParse(value, out var yes))
            return yes ? l["Common.Yes"] : l["Common.No"];
        var isAmount = entry.Field == nameof(CostItem.Amount) || Enum.TryParse<CostCategory>(entry.Field, out _) || Enum.TryParse<Payer>(entry.Field, out _);
        return isAmount && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? FundingText.Money(amount)
            : value;
    }
}
