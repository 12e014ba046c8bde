using System.Net;
using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Startup;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Tests.Account;

/// <summary>Issue 14: demo accounts outlive demo data; demo data is a Development default only.</summary>
[Collection(PortalCollection.Name)]
public sealed class DemoAccountTests(PortalFactory factory)
{
    [Theory]
    [InlineData("admin")]
    [InlineData("pailou")]
    [InlineData("bureau")]
    public async Task With_demo_data_off_a_demo_account_cannot_sign_in_with_the_published_password(string userName)
    {
        // The same database, seeded while demo data was on, restarted with it off.
        using var restarted = factory.WithWebHostBuilder(b => b.UseSetting("Portal:DemoData", "false"));
        using var client = new PortalClient(restarted.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));

        var response = await client.PostLoginAsync(userName, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/estates")).StatusCode);
        // While demo data is on, the same account signs in (the portal, not the account, decided).
        await factory.NewClient().SignInAsync(userName);
    }

    [Fact]
    public void The_guard_runs_before_start_up_migrates_or_seeds()
    {
        // WebApplicationFactory swallows a failed start (it disposes the host), so the refusal itself is tested on the
        // guard below; here, that the portal registers it ahead of the migrations and the seeding.
        var hosted = factory.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();

        Assert.Contains(typeof(DemoDataGuard), hosted);
        Assert.True(hosted.IndexOf(typeof(DemoDataGuard)) < hosted.IndexOf(typeof(PortalStartup)));
    }

    [Fact]
    public async Task Demo_data_outside_development_is_refused_by_the_guard_and_allowed_in_development()
    {
        static DemoDataGuard Guard(string environment, bool demo) =>
            new(Options.Create(new PortalOptions { DemoData = demo }), new Environment(environment));

        await Assert.ThrowsAsync<StartupRefusedException>(() => Guard("Production", demo: true).StartingAsync(default));
        await Assert.ThrowsAsync<StartupRefusedException>(() => Guard("Staging", demo: true).StartingAsync(default));
        await Guard("Production", demo: false).StartingAsync(default);
        await Guard("Development", demo: true).StartingAsync(default);
    }

    [Fact]
    public void The_shipped_settings_keep_demo_data_to_development()
    {
        var web = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        var shipped = new ConfigurationBuilder().SetBasePath(web).AddJsonFile("appsettings.json").Build();
        var development = new ConfigurationBuilder().SetBasePath(web).AddJsonFile("appsettings.json").AddJsonFile("appsettings.Development.json").Build();

        Assert.False(shipped.GetValue<bool>("Portal:DemoData"));
        Assert.True(development.GetValue<bool>("Portal:DemoData"));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "DistrictPortal.Web";
        public string ContentRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
