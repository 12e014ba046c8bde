using DistrictPortal.Data.SqlServer;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Data.Tests.Infrastructure;

/// <summary>
/// The one place the suite wires the SQL Server data project, exactly as the web app does. Kept apart so that
/// a build of the suite without that project touches only this file.
/// </summary>
internal static class SqlServerBackend
{
    public static void AddServices(IServiceCollection services, string connectionString) =>
        services.AddPortalSqlServer(connectionString);
}
