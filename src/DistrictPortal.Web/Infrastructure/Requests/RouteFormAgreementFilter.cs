using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DistrictPortal.Web.Infrastructure.Requests;

/// <summary>
/// The address says which record a form writes (<c>/estates/{id}/edit</c>, <c>/returns/{subDistrictId}/{weekEnding}</c>);
/// MVC's model binding prefers a form field of the same name, so a hidden <c>id</c> or <c>weekEnding</c> in the body
/// could point the write elsewhere than the address that was authorised and audited (issue 14). A form field named like
/// a route value (case-insensitively, as binding matches) must say the same thing, or the request is refused with 400
/// before anything is bound. Numbers and dates compare by value ("007" is 7), anything else as text.
/// </summary>
public sealed class RouteFormAgreementFilter(ILogger<RouteFormAgreementFilter> log) : IAsyncResourceFilter
{
    /// <summary>Route values MVC adds itself; they name the action, not a record.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "controller", "action", "area", "page", "handler" };

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.HasFormContentType && context.RouteData.Values.Count > 0 && !RequestChecks.IsErrorPage(context.HttpContext))
        {
            var form = await request.ReadFormAsync();
            foreach (var (name, routeValue) in context.RouteData.Values)
            {
                if (Ignored.Contains(name) || routeValue is null || !form.TryGetValue(name, out var posted))
                    continue;
                var expected = Convert.ToString(routeValue, CultureInfo.InvariantCulture) ?? "";
                if (posted.All(p => Same(expected, p)))
                    continue;
                log.LogWarning("Refused {Method} {Path}: form field {Field} differs from the address ({Posted} for {Expected})",
                    request.Method, request.Path, name, string.Join(",", posted.ToArray()), expected);
                context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
                return;
            }
        }
        await next();
    }

    public static bool Same(string routeValue, string? posted)
    {
        if (posted is null)
            return true;
        var a = routeValue.Trim();
        var b = posted.Trim();
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
            return true;
        if (long.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out var x) && long.TryParse(b, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y))
            return x == y;
        return DateOnly.TryParse(a, CultureInfo.InvariantCulture, out var d) && DateOnly.TryParse(b, CultureInfo.InvariantCulture, out var e) && d == e;
    }
}
