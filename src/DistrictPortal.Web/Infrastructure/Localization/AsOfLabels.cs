using DistrictPortal.Core.Returns;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Infrastructure.Localization;

/// <summary>
/// The words of Core's <see cref="AsOf"/>: "截至 2026-11-27 周报（审核通过时冻结）" or "实时" on pages, with the day added
/// in a document ("实时（2026-12-04）"), since a file outlives the day it was made.
/// </summary>
public static class AsOfLabels
{
    public static string AsOf(this IStringLocalizer localizer, AsOf asOf) =>
        localizer[$"AsOf.{asOf.Kind}", Iso(asOf.Date)];

    /// <summary>The label as an Excel export prints it.</summary>
    public static string AsOfInDocument(this IStringLocalizer localizer, AsOf asOf) =>
        asOf.IsFrozen ? localizer.AsOf(asOf) : localizer["AsOf.liveOn", Iso(asOf.Date)];

    /// <summary>The label as a page shows it: a span whose data-as-of says "frozen" or "live".</summary>
    public static IHtmlContent AsOfTag(this IStringLocalizer localizer, AsOf asOf) =>
        new HtmlString($"<span class=\"as-of\" data-as-of=\"{asOf.Kind}\">{HtmlEncoder.Default.Encode(localizer.AsOf(asOf))}</span>");

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
