using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Shared;

/// <summary>Pages for 400, 403, 404, 500 and 503 (database busy) in the portal's look; the status code is kept.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    // The code is read from the route, not bound: binding would read the re-executed request's form, and a form the
    // portal refused (a NUL, past its limits) would fail again while its error page renders.
    [Route("error/{code:int}")]
    public IActionResult Status()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : 500;
        var status = code is >= 400 and < 600 ? code : 500;
        Response.StatusCode = status;
        return View("Error", status);
    }
}
