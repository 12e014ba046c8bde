using System.Globalization;

namespace DistrictPortal.Web.Infrastructure.Localization;

/// <summary>How numbers, areas and dates read on every page: thousands separators, "1,234.56 m²", yyyy-MM-dd.</summary>
public static class Formats
{
    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Area(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture) + " m²";

    public static string Area(decimal? value) => value is { } v ? Area(v) : "—";

    public static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTime(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
