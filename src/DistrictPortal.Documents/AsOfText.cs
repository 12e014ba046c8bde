using System.Globalization;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Documents;

/// <summary>
/// Core's <see cref="AsOf"/> in the words of the documents filed in Chinese (the PDF briefing and the workbooks that
/// are filed in Chinese whatever the page's language): the pages' "截至 2026-11-27 周报（审核通过时冻结）", and for a live
/// figure "实时（2026-12-04）", since a file outlives the day it was made (README, "As-of labels").
/// </summary>
public static class AsOfText
{
    public static string Label(AsOf asOf) =>
        asOf.IsFrozen ? $"截至 {Iso(asOf.Date)} 周报（审核通过时冻结）" : $"实时（{Iso(asOf.Date)}）";

    /// <summary>A column header of a table whose other columns are of the other kind: "改造面积完成率（实时）".</summary>
    public static string Column(string header, AsOf asOf) => asOf.IsFrozen ? $"{header}（周报冻结）" : $"{header}（实时）";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
