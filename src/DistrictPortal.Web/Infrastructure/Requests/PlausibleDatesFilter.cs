using System.Globalization;
using DistrictPortal.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DistrictPortal.Web.Infrastructure.Requests;

/// <summary>
/// A date in a request (a week in the address or the query, a range of weeks, a date of a form) outside Core's plausible
/// range (<see cref="FieldLimits.IsPlausibleDate"/>) is refused with 400 before any action runs: 0001-01-01 and
/// 9999-12-31 overflowed the week arithmetic of the league, the returns, the briefings, the dashboard and the exports
/// (issue 14). One check for every action, present and future, rather than one per week parameter; a date inside the
/// range that is not a Friday keeps the treatment each page gives it (the league takes its week, a return answers 404).
/// Only values written as a date (yyyy-MM-dd or yyyy/MM/dd) count, so a name or a number is never mistaken for one.
/// </summary>
public sealed class PlausibleDatesFilter(ILogger<PlausibleDatesFilter> log) : IAsyncResourceFilter
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"];

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (RequestChecks.IsErrorPage(context.HttpContext))
        {
            await next();
            return;
        }
        var values = context.RouteData.Values.Select(v => (v.Key, Value: Convert.ToString(v.Value, CultureInfo.InvariantCulture)))
            .Concat(request.Query.SelectMany(q => q.Value.Select(v => (q.Key, Value: v))));
        if (request.HasFormContentType)
            values = values.Concat((await request.ReadFormAsync()).SelectMany(f => f.Value.Select(v => (f.Key, Value: v))));
        foreach (var (name, value) in values)
        {
            if (IsImplausibleDate(value))
            {
                log.LogWarning("Refused {Method} {Path}: {Name}={Value} is outside {Earliest:yyyy-MM-dd}..{Latest:yyyy-MM-dd}",
                    request.Method, request.Path, name, value, FieldLimits.EarliestDate, FieldLimits.LatestDate);
                context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
                return;
            }
        }
        await next();
    }

    public static bool IsImplausibleDate(string? value) =>
        value is { Length: >= 8 and <= 10 }
        && DateOnly.TryParseExact(value.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && !FieldLimits.IsPlausibleDate(date);
}
