using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DistrictPortal.Web.Features.Shared;

/// <summary>Pages for 400, 403, 404, 500 and 503 (database busy) in the portal's look; the status code is kept.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    [Route("error/{code:int}")]
    public IActionResult Status(int code)
    {
        var status = code is >= 400 and < 600 ? code : 500;
        Response.StatusCode = status;
        return View("Error", status);
    }
}
