using System.Globalization;
using DistrictPortal.Core.Estates;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Estates;

/// <summary>
/// Audit values are stored culture-free ("Two", "Organisation, Cleaning", "1234.5", "True"); this shows them in
/// the reader's language and number format.
/// </summary>
public static class AuditValues
{
    public static string Show(IStringLocalizer l, string? field, string? value)
    {
        if (value is null) return "—";
        return field switch
        {
            nameof(Estate.Class) when Enum.TryParse<EstateClass>(value, out var c) => l.Enum(c),
            nameof(Estate.Status) when Enum.TryParse<ManagementStatus>(value, out var s) => l.Enum(s),
            nameof(Estate.Mode) when Enum.TryParse<ManagementMode>(value, out var m) => l.Enum(m),
            nameof(Estate.SixHaves) when Enum.TryParse<SixHaves>(value, out var six) => Join(l, l.Flags(six)),
            nameof(Estate.EightHaves) when Enum.TryParse<EightHaves>(value, out var eight) => Join(l, l.Flags(eight)),
            nameof(Estate.FloorArea) or nameof(Estate.ManagementRoomArea)
                when decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var area) => Formats.Area(area),
            _ when bool.TryParse(value, out var yes) => yes ? l["Common.Yes"] : l["Common.No"],
            _ => value,
        };
    }

    private static string Join(IStringLocalizer l, IReadOnlyList<string> labels) =>
        labels.Count == 0 ? l["Common.None"] : string.Join(l["Common.ListSeparator"], labels);
}
