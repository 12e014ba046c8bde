using DistrictPortal.Core.Common;
using DistrictPortal.Web.Features.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;

namespace DistrictPortal.Web.Tests.Faults;

/// <summary>A database still busy after the data layer's retries answers 503 "try again", never a 500.</summary>
public sealed class DatabaseBusyFilterTests
{
    [Fact]
    public void Busy_becomes_503_with_retry_after()
    {
        var context = Context(new DatabaseBusyException("busy"));

        new DatabaseBusyFilter().OnException(context);

        Assert.True(context.ExceptionHandled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, Assert.IsType<StatusCodeResult>(context.Result).StatusCode);
        Assert.Equal("5", context.HttpContext.Response.Headers.RetryAfter.ToString());
    }

    [Fact]
    public void Other_exceptions_are_left_alone()
    {
        var context = Context(new InvalidOperationException("bug"));

        new DatabaseBusyFilter().OnException(context);

        Assert.False(context.ExceptionHandled);
        Assert.Null(context.Result);
    }

    private static ExceptionContext Context(Exception e) =>
        new(new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor()), []) { Exception = e };
}
