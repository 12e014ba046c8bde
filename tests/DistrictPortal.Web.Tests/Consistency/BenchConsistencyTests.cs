using DistrictPortal.Bench.Generation;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Consistency;

/// <summary>
/// A reduced bench data set (the generator of scripts/bench.sh, linked into this project): 2 sub-districts × 3
/// communities × 9 estates with 4 weeks of accepted returns ending 2026-11-27, written straight into a database made by
/// the app's migrator, and the portal on it with the clock pinned to Friday 2026-12-04 16:30 and no demo data.
/// Deterministic: one seed, one current week.
/// </summary>
public sealed class ReducedBenchFactory : WebApplicationFactory<Program>
{
    public static readonly CityShape Shape = new(Seed: 20261204, SubDistricts: 2, CommunitiesPerSubDistrict: 3, EstatesPerCommunity: 9, Weeks: 4);
    public static readonly DateOnly CurrentWeek = new(2026, 12, 4);

    public string Folder { get; } = Directory.CreateTempSubdirectory("districtportal-bench-").FullName;

    public ReducedBenchFactory() =>
        new CityGenerator(Shape, CurrentWeek, TextWriter.Null).GenerateAsync(Path.Combine(Folder, "bench.db")).GetAwaiter().GetResult();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(Folder, "bench.db")}");
        builder.UseSetting("Hangfire:Server", "false");
        builder.UseSetting("Hangfire:SqlitePath", Path.Combine(Folder, "hangfire.db"));
        builder.UseSetting("Portal:DemoData", "false");
        builder.UseSetting("Portal:Now", "2026-12-04T16:30:00+08:00");
    }

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

/// <summary>Issue 13's consistency walk (<see cref="ConsistencyWalk"/>) over the reduced bench data set: zero contradictions.</summary>
public sealed class BenchConsistencyTests(ReducedBenchFactory factory) : IClassFixture<ReducedBenchFactory>
{
    [Fact]
    public async Task The_bench_data_has_no_contradiction_between_its_pages_exports_and_briefings()
    {
        using var reviewer = await factory.NewClient().SignInAsync(CityShape.ReviewerUserName, CityShape.Password);
        var district = (await factory.Services.GetRequiredService<INodeRepository>().GetByIdAsync(CityShape.DistrictId))!;
        var result = await ConsistencyWalk.RunAsync(factory.Services, reviewer, district);

        Assert.Equal(ReducedBenchFactory.Shape.Weeks, result.WeeksChecked);
        Assert.True(result.EstatesChecked >= 10, $"only {result.EstatesChecked} estates walked");
        Assert.True(result.Problems.Count == 0, $"{result.Problems.Count} contradictions:\n" + string.Join("\n", result.Problems.Take(40)));
    }
}
