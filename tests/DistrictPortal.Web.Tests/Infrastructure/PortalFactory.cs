using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Web.Tests.Infrastructure;

/// <summary>
/// The portal in memory on its own SQLite files in a temp folder (portal with its data-protection keys, Hangfire), with the
/// demo data seeded and the Hangfire server off. One per test collection: seeding takes a few seconds.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("districtportal-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(Folder, "portal.db")}");
        builder.UseSetting("Hangfire:Server", "false");
        builder.UseSetting("Hangfire:SqlitePath", Path.Combine(Folder, "hangfire.db"));
        builder.UseSetting("Portal:DemoData", "true");
        builder.UseSetting("Portal:Now", "");
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests look at them).</summary>
    public PortalClient NewClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Hangfire's SQLite storage may still hold its file for a moment; the temp folder is cleaned by the OS.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
