using System.Net;
using System.Text.Json;
using DistrictPortal.Core.Data;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Health;

[Collection(PortalCollection.Name)]
public sealed class HealthTests(PortalFactory factory)
{
    [Fact]
    public async Task Health_answers_200_with_the_database_and_hangfire_state()
    {
        using var client = factory.NewClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("ok", json.RootElement.GetProperty("database").GetString());
        Assert.StartsWith("ok", json.RootElement.GetProperty("hangfire").GetString());
    }

    private sealed class DownDatabase : IDatabaseHealth
    {
        public Task<string?> CheckAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>("database is down");
    }

    [Fact]
    public async Task Health_answers_503_when_the_database_does_not()
    {
        using var broken = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IDatabaseHealth, DownDatabase>()));
        using var client = broken.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unhealthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("database is down", json.RootElement.GetProperty("database").GetString());
    }
}
