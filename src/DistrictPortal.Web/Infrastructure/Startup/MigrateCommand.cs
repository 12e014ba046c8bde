using DistrictPortal.Core.Data;
using DistrictPortal.Web.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Infrastructure.Startup;

/// <summary>`dotnet run --project src/DistrictPortal.Web -- migrate`: apply the configured database's scripts, say which, exit.</summary>
public static class MigrateCommand
{
    public const string Name = "migrate";

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        var provider = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        try
        {
            output.WriteLine($"Migrating the {provider} database...");
            var applied = await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync();
            foreach (var script in applied)
                output.WriteLine($"  applied {script}");
            output.WriteLine(applied.Count == 0
                ? "Nothing to apply: the database is up to date."
                : $"Applied {applied.Count} script(s).");
            return 0;
        }
        catch (MigrationFailedException ex)
        {
            error.WriteLine($"Migration failed ({ex.Script}): {ex.InnerException?.Message ?? ex.Message}");
            error.WriteLine("Scripts after the failing one were not applied; fix the problem and run migrate again.");
            return 1;
        }
        catch (Exception ex)
        {
            error.WriteLine($"Migration failed: {ex.Message}");
            return 1;
        }
    }
}
