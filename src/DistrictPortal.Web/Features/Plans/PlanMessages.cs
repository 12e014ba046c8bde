using DistrictPortal.Core.Common;
using DistrictPortal.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Plans;

/// <summary>Phase and plan refusals in words: the portal's formatter with the plans' own field names ("Plans.Field.Survey.StartDate") and codes first.</summary>
public static class PlanMessages
{
    public static string Message(IStringLocalizer localizer, ValidationError error) => localizer.Message(error, "Plans");
}
