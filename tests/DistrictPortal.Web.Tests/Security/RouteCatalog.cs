using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Security;

/// <summary>One controller action as the app routes it: its method, pattern, route parameters and authorization metadata.</summary>
public sealed record SweptAction(
    string Method,
    RoutePattern Pattern,
    string Controller,
    string Action,
    IReadOnlyList<RoutePatternParameterPart> Parameters,
    IReadOnlyList<string> Policies,
    bool AllowsAnonymous,
    bool IgnoresAntiforgery)
{
    public string Route => "/" + Pattern.RawText?.TrimStart('/');

    public override string ToString() => $"{Method} {Route} ({Controller}.{Action})";

    /// <summary>The URL with each route parameter replaced by <paramref name="value"/>'s answer for it.</summary>
    public string Url(Func<RoutePatternParameterPart, string> value) =>
        "/" + string.Join("/", Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(value(parameter)),
            _ => "",
        }))));
}

/// <summary>
/// Every controller action the portal maps, read from its own routing (<see cref="EndpointDataSource"/>), never from a
/// hand-kept list: an action another feature adds is swept the day it is merged.
/// </summary>
public static class RouteCatalog
{
    public static IReadOnlyList<SweptAction> Actions(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .SelectMany(e =>
            {
                var descriptor = e.Metadata.GetMetadata<ControllerActionDescriptor>()!;
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
                var policies = e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList();
                var anonymous = e.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                var ignoresToken = e.Metadata.GetMetadata<IAntiforgeryPolicy>() is IgnoreAntiforgeryTokenAttribute;
                return methods.Select(method => new SweptAction(method, e.RoutePattern, descriptor.ControllerName, descriptor.ActionName,
                    e.RoutePattern.Parameters, policies, anonymous, ignoresToken));
            })
            .DistinctBy(a => (a.Method, a.Route))
            .OrderBy(a => a.Route, StringComparer.Ordinal).ThenBy(a => a.Method, StringComparer.Ordinal)
            .ToList();
}
