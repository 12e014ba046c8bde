using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DistrictPortal.Web.Infrastructure.Requests;

/// <summary>
/// Answers a request the portal cannot take (a body over the size limit, a form past its limits, a NUL character) with
/// 400 or 413 and a warning in the log, instead of an unlogged 500 (issue 14). One place for every action: the status
/// code pages then show the portal's error page, and nothing has been written because the refusal comes before the
/// action or from the store's refusal of the value.
/// </summary>
public sealed class BadRequestMapping(RequestDelegate next, ILogger<BadRequestMapping> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The error page re-executing a refused request is not refused again: it has to render.
        if (!RequestChecks.IsErrorPage(context) && NulGuard.Find(context.Request) is { } where)
        {
            log.LogWarning("Refused {Method} {Path}: a NUL character in {Where}", context.Request.Method, context.Request.Path, where);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception ex) when (StatusFor(ex) is { } status && !context.Response.HasStarted)
        {
            log.LogWarning(ex, "Refused {Method} {Path} with {Status}: {Reason}", context.Request.Method, context.Request.Path, status, ex.Message);
            context.Response.Clear();
            context.Response.StatusCode = status;
        }
    }

    /// <summary>The answer a request's own fault deserves, or null for a fault of the portal (left a 500).</summary>
    public static int? StatusFor(Exception ex) => ex switch
    {
        // Kestrel's own refusals: 413 for a body over MaxRequestBodySize, 400 for a malformed request.
        BadHttpRequestException bad => bad.StatusCode,
        // The form reader: past MultipartBodyLengthLimit (413), past a count or length limit, or a value it cannot decode
        // ("The form value contains invalid characters": a NUL, which ASP.NET Core refuses to decode) (400).
        InvalidDataException data => data.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase)
            ? StatusCodes.Status413PayloadTooLarge
            : StatusCodes.Status400BadRequest,
        // A form whose reading was cut short by the size limit comes wrapped by the model binding.
        { InnerException: { } inner } => StatusFor(inner),
        _ => null,
    };
}

/// <summary>
/// NUL has no place in any text the portal keeps and SQLite's and SQL Server's text handling differ on it, so a request
/// carrying one in its address, query or form fields is refused before any action runs. The query and address are
/// looked at by <see cref="BadRequestMapping"/>. A url-encoded form with a NUL is refused by ASP.NET Core's own decoder
/// (an InvalidDataException, which was the unlogged 500 of issue 14 and is mapped to 400 above); the text fields of a
/// multipart form are not decoded, so <see cref="NulFormFilter"/> looks at them, after MVC has applied the action's own
/// form limits (the return's form has more fields than the default allows).
/// </summary>
internal static class NulGuard
{
    public static string? Find(HttpRequest request)
    {
        foreach (var (key, values) in request.Query)
            if (HasNul(key) || values.Any(HasNul))
                return $"query \"{Printable(key)}\"";
        foreach (var value in request.RouteValues.Values)
            if (value is string s && HasNul(s))
                return "the address";
        if (request.Path.Value is { } path && HasNul(path))
            return "the address";
        return null;
    }

    public static async Task<string?> FindInFormAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
            return null;
        // Files of an upload are not looked into: only the text fields.
        var form = await request.ReadFormAsync();
        foreach (var (key, values) in form)
            if (HasNul(key) || values.Any(HasNul))
                return $"form field \"{Printable(key)}\"";
        return null;
    }

    private static bool HasNul(string? s) => s?.Contains('\0') == true;

    private static string Printable(string s) => s.Replace("\0", "\\0", StringComparison.Ordinal);
}

/// <summary>Refuses a form with a NUL character in a field name or value (400, logged); see <see cref="NulGuard"/>.</summary>
public sealed class NulFormFilter(ILogger<NulFormFilter> log) : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        if (!RequestChecks.IsErrorPage(context.HttpContext) && await NulGuard.FindInFormAsync(context.HttpContext.Request) is { } where)
        {
            log.LogWarning("Refused {Method} {Path}: a NUL character in {Where}", context.HttpContext.Request.Method, context.HttpContext.Request.Path, where);
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            return;
        }
        await next();
    }
}

internal static class RequestChecks
{
    /// <summary>The status code pages re-executing a request (POST /error/400 with the refused form): it must render, not be refused again.</summary>
    public static bool IsErrorPage(HttpContext context) => context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
}
