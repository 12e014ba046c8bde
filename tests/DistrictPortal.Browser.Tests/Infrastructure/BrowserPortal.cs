using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Browser.Tests.Infrastructure;

/// <summary>
/// The portal on a real Kestrel port (a browser cannot reach the in-memory test server) against a fresh SQLite file
/// with the demo data, the clock pinned (Portal:Now, honoured in Development only) to Friday 27 Nov 2026, 16:30 in
/// Shanghai: half an hour before the default deadline, so a submission is on time. The demo's weeks of returns are
/// seeded relative to that clock, so this week has no return from anyone yet. One portal per walk: each walk files the
/// same week from nothing.
/// </summary>
public sealed class BrowserPortal : WebApplicationFactory<Program>
{
    public const string Friday = "2026-11-27T16:30:00+08:00";
    public static readonly DateOnly Week = new(2026, 11, 27);

    public string Folder { get; } = Directory.CreateTempSubdirectory("districtportal-browser-").FullName;

    public BrowserPortal()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    /// <summary>Where the browser finds the portal, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(Folder, "portal.db")}");
        builder.UseSetting("Hangfire:Server", "false");
        builder.UseSetting("Hangfire:SqlitePath", Path.Combine(Folder, "hangfire.db"));
        builder.UseSetting("Portal:DemoData", "true");
        builder.UseSetting("Portal:Now", Friday);
    }

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
