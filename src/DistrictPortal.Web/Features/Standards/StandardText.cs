using System.Globalization;
using DistrictPortal.Core.Standards;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Standards;

/// <summary>How a standard reads on a page or in a workbook: "客户满意度 ≥ 92%". One place, so every page says it alike.</summary>
public static class StandardText
{
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"92%", "5分钟", "2次/天".</summary>
    public static string WithUnit(IStringLocalizer l, decimal value, StandardUnit unit) => l[$"StandardUnit.{unit}", Number(value)];

    /// <summary>"≥ 92%": the comparison and threshold of a standard (or of the version a value was judged against).</summary>
    public static string Rule(IStringLocalizer l, StandardComparison comparison, decimal threshold, StandardUnit unit) =>
        $"{StandardRules.Sign(comparison)} {WithUnit(l, threshold, unit)}";

    public static string Rule(IStringLocalizer l, ServiceStandard s) => Rule(l, s.Comparison, s.Threshold, s.Unit);

    /// <summary>"客户满意度 ≥ 92%".</summary>
    public static string Full(IStringLocalizer l, ServiceStandard s) => $"{l.Enum(s.Measure)} {Rule(l, s)}";

    /// <summary>The management modes a standard applies to, by their labels ("物业企业、街道统管"), or "无".</summary>
    public static string Modes(IStringLocalizer l, StandardModes modes)
    {
        var names = StandardRules.ModesIn(modes).Select(m => l.Enum(m)).ToList();
        return names.Count == 0 ? l["Standards.NoModes"] : string.Join("、", names);
    }

    /// <summary>The plan's own words the standard comes from (the plan number stays out of sight, as everywhere).</summary>
    public static string Source(IStringLocalizer l, ServiceStandard s) =>
        l[$"Standards.Source.{s.Id}"] is { ResourceNotFound: false } found ? found.Value : "—";
}
