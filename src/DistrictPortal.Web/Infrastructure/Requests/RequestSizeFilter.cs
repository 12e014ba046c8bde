using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DistrictPortal.Web.Infrastructure.Requests;

/// <summary>
/// A request whose declared length is past what its action takes ([RequestSizeLimit], [RequestFormLimits], or the
/// server's own maximum) is answered 413 and logged before anything reads its body (issue 14). Left to the readers, the
/// first one to hit the limit decides the answer: the anti-forgery check reads the form first and calls any failure a bad
/// token (400), the form reader throws (an unlogged 500 before <see cref="BadRequestMapping"/>). Runs before the
/// anti-forgery filter; a body without a declared length is still stopped by the server and mapped by
/// <see cref="BadRequestMapping"/>.
/// </summary>
public sealed class RequestSizeFilter(ILogger<RequestSizeFilter> log) : IAuthorizationFilter, IOrderedFilter
{
    /// <summary>After MVC's own size and form-limit filters (-2000), before the anti-forgery check (1000).</summary>
    public int Order => -1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength is not { } length || RequestChecks.IsErrorPage(http))
            return;
        var metadata = http.GetEndpoint()?.Metadata;
        long?[] limits =
        [
            metadata?.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize,
            http.Request.HasFormContentType && http.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true
                ? metadata?.GetMetadata<IFormOptionsMetadata>()?.MultipartBodyLengthLimit
                : null,
            http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize,
        ];
        var limit = limits.Where(l => l is > 0).Min();
        if (limit is null || length <= limit)
            return;
        log.LogWarning("Refused {Method} {Path} with 413: {Length} bytes over the limit of {Limit}", http.Request.Method, http.Request.Path, length, limit);
        context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
    }
}
