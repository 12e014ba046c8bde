using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace DistrictPortal.Web.Infrastructure.Mvc;

/// <summary>
/// Views live beside their controller: Features/&lt;Feature&gt;/&lt;View&gt;.cshtml, where the feature is the last part
/// of the controller's namespace (DistrictPortal.Web.Features.Estates → Estates); shared ones in Features/Shared.
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string Key = "feature";
    private const string Marker = ".Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        var ns = (context.ActionContext.ActionDescriptor as ControllerActionDescriptor)?.ControllerTypeInfo.Namespace ?? "";
        var at = ns.IndexOf(Marker, StringComparison.Ordinal);
        context.Values[Key] = at < 0 ? "" : ns[(at + Marker.Length)..].Split('.')[0];
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(Key, out var feature) && !string.IsNullOrEmpty(feature))
        {
            yield return $"/Features/{feature}/{{0}}.cshtml";
        }
        yield return "/Features/Shared/{0}.cshtml";
    }
}
