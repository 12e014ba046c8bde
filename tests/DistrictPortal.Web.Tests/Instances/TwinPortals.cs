using System.Net;
using DistrictPortal.Data.Sqlite;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Instances;

/// <summary>
/// Two portal processes on one SQLite file, as two web servers behind a load balancer on one database. Real processes,
/// not two hosts in the test's process, so nothing static is shared either (Hangfire's global storage, connection
/// pools, the Data Protection key cache): only the database file. <see cref="A"/> starts first and seeds the demo data;
/// <see cref="B"/> starts on the seeded file. <see cref="Database"/> reads the same file through the repositories, as
/// a third party, for what a page does not show.
/// </summary>
public sealed class TwinPortals : IAsyncLifetime
{
    private ServiceProvider? _database;

    public string Folder { get; } = Directory.CreateTempSubdirectory("districtportal-twins-").FullName;
    public PortalProcess A { get; private set; } = null!;
    public PortalProcess B { get; private set; } = null!;
    public IServiceProvider Database => _database!;

    public async Task InitializeAsync()
    {
        A = await PortalProcess.StartAsync(Folder, "a");
        B = await PortalProcess.StartAsync(Folder, "b");
        _database = new ServiceCollection()
            .AddPortalSqlite($"Data Source={Path.Combine(Folder, "portal.db")}")
            .BuildServiceProvider();
    }

    /// <summary>
    /// A browser behind the load balancer: one cookie jar, whichever server answers (cookies are the host's, not the
    /// port's). <paramref name="address"/> is the client's address, sent as the load balancer forwards it.
    /// </summary>
    public static PortalClient Browser(PortalProcess on, CookieContainer cookies, string? address = null)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = on.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (address is not null)
            http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return new PortalClient(http);
    }

    public Task DisposeAsync()
    {
        B?.Dispose();
        A?.Dispose();
        _database?.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed process's file may be held for a moment; the temp folder is cleaned by the OS.
        }
        return Task.CompletedTask;
    }
}
