using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DistrictPortal.Web.Infrastructure.Mvc;

/// <summary>A one-line confirmation carried across the redirect after a successful POST (shown by the layout).</summary>
public static class FlashMessages
{
    private const string Key = "flash";

    public static void Flash(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    public static string? TakeFlash(this ITempDataDictionary tempData) => tempData[Key] as string;
}
