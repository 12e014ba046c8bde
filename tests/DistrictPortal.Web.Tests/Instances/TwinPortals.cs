using System.Net;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Instances;

/// <summary>
/// Two portals on one SQLite file, as two web servers behind a load balancer on one database: each its own host
/// (its own services, memory caches, page cache, sign-in throttle and Hangfire storage file), sharing only the
/// portal database. <see cref="A"/> starts first and seeds the demo data; <see cref="B"/> starts on the seeded file.
/// </summary>
public sealed class TwinPortals : IDisposable
{
    public TwinPortals()
    {
        A = new Instance(Folder, "a");
        _ = A.Services; // started (migrated and seeded) before the second one opens the file
        B = new Instance(Folder, "b");
        _ = B.Services;
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("districtportal-twins-").FullName;
    public Instance A { get; }
    public Instance B { get; }

    /// <summary>
    /// A browser behind the load balancer: one cookie jar, whichever server answers. <paramref name="address"/> is the
    /// client's network address as both servers see it.
    /// </summary>
    public static PortalClient Browser(Instance on, CookieContainer cookies, string? address = null)
    {
        var http = on.CreateDefaultClient(new CookieContainerHandler(cookies));
        if (address is not null)
            http.DefaultRequestHeaders.Add(AddressFromHeader.Header, address);
        return new PortalClient(http);
    }

    public void Dispose()
    {
        B.Dispose();
        A.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Hangfire's SQLite storage may still hold its file for a moment; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>The portal factory on the shared folder's database, with its own Hangfire file.</summary>
    public sealed class Instance(string folder, string name) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(folder, "portal.db")}");
            builder.UseSetting("Hangfire:SqlitePath", Path.Combine(folder, $"hangfire-{name}.db"));
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, AddressFromHeader>());
        }
    }

    /// <summary>Each request's address from a test header (the in-memory server has none).</summary>
    private sealed class AddressFromHeader : IStartupFilter
    {
        public const string Header = "X-Test-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                if (context.Request.Headers[Header] is [{ } address])
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return then(context);
            });
            next(app);
        };
    }
}
