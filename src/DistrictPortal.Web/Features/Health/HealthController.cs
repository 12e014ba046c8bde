using DistrictPortal.Core.Data;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using HangfireOptions = DistrictPortal.Web.Infrastructure.Configuration.HangfireOptions;

namespace DistrictPortal.Web.Features.Health;

/// <summary>GET /health for load balancers and monitoring: 200 when the database answers, 503 when it does not.</summary>
[AllowAnonymous]
public sealed class HealthController(IDatabaseHealth database, JobStorage jobs, IOptions<HangfireOptions> hangfire) : ControllerBase
{
    [HttpGet("health")]
    public async Task<IActionResult> Get(CancellationToken cancellationToken)
    {
        string? databaseProblem;
        try
        {
            databaseProblem = await database.CheckAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            databaseProblem = ex.Message;
        }
        var healthy = databaseProblem is null;
        var body = new
        {
            status = healthy ? "healthy" : "unhealthy",
            database = databaseProblem ?? "ok",
            hangfire = HangfireState(),
        };
        return StatusCode(healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, body);
    }

    // Jobs are not essential to serving pages, so Hangfire's state is reported but does not fail the check.
    private string HangfireState()
    {
        try
        {
            using var connection = jobs.GetConnection();
            return hangfire.Value.Server ? "ok" : "ok (server off)";
        }
        catch (Exception ex)
        {
            return $"unavailable: {ex.Message}";
        }
    }
}
