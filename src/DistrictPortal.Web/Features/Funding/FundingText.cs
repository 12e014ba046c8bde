using System.Globalization;
using DistrictPortal.Core.Funding;
using DistrictPortal.Web.Infrastructure.Localization;

namespace DistrictPortal.Web.Features.Funding;

/// <summary>The one rounding rule, in the reader's language: printed on every funding page and export.</summary>
public static class FundingText
{
    public static string Rule() =>
        CultureInfo.CurrentUICulture.Name == PortalCultures.English ? FundingRules.RuleTextEn : FundingRules.RuleTextZh;

    /// <summary>Money as the pages show it: thousands separators and two decimals, no currency sign (the headers say 元).</summary>
    public static string Money(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
