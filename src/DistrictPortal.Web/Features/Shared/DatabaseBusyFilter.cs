using DistrictPortal.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DistrictPortal.Web.Features.Shared;

/// <summary>
/// The database stayed busy through the data layer's retries (deadlocks, a failover): answer 503 with a page that says
/// to try again in a moment (the status page re-executes /error/503), not a 500. Nothing half-written: a failed
/// transaction is rolled back whole.
/// </summary>
public sealed class DatabaseBusyFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not DatabaseBusyException)
            return;
        context.HttpContext.Response.Headers.RetryAfter = "5";
        context.Result = new StatusCodeResult(StatusCodes.Status503ServiceUnavailable);
        context.ExceptionHandled = true;
    }
}
