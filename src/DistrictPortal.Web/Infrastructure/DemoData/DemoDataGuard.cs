using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.Startup;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Infrastructure.DemoData;

/// <summary>
/// Demo data is a Development aid: it seeds accounts whose password is published and prints that password on the sign-in
/// page. Outside Development the portal refuses to start while Portal:DemoData is on, before any migration or seeding.
/// Registered ahead of <see cref="PortalStartup"/>, so its refusal comes first.
/// </summary>
public sealed class DemoDataGuard(IOptions<PortalOptions> portal, IHostEnvironment environment) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (portal.Value.DemoData && !environment.IsDevelopment())
            throw new StartupRefusedException(RefusalMessage(environment.EnvironmentName));
        return Task.CompletedTask;
    }

    public static string RefusalMessage(string environmentName) =>
        $"Portal:DemoData is on in the {environmentName} environment, so the portal will not start: demo data seeds accounts "
        + $"whose password ({DemoAccounts.Password}) is published, and lists them on the sign-in page. Demo data is for "
        + "Development only (appsettings.Development.json). Set Portal__DemoData=false, or run with ASPNETCORE_ENVIRONMENT=Development.";

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
