using System.Net;
using DistrictPortal.Core.Identity;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Infrastructure.Security;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Security;

/// <summary>Password spraying: many names from one address are stopped after twenty failures, other addresses are not.</summary>
public sealed class SignInAddressThrottleTests
{
    private static readonly DateTime Start = new(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Twenty_failures_within_fifteen_minutes_block_the_address_until_the_oldest_leaves_the_window()
    {
        var throttle = new SignInAddressThrottle(new InMemoryFailures());
        for (var i = 0; i < SignInPolicy.MaxFailuresPerAddress - 1; i++)
            await throttle.RecordFailureAsync("10.0.0.7", Start.AddSeconds(i));
        Assert.Null(await throttle.BlockedUntilAsync("10.0.0.7", Start.AddMinutes(1)));

        await throttle.RecordFailureAsync("10.0.0.7", Start.AddMinutes(1));

        Assert.Equal(Start + SignInPolicy.AddressWindow, await throttle.BlockedUntilAsync("10.0.0.7", Start.AddMinutes(2)));
        Assert.Null(await throttle.BlockedUntilAsync("10.0.0.8", Start.AddMinutes(2)));
        Assert.Null(await throttle.BlockedUntilAsync("10.0.0.7", Start + SignInPolicy.AddressWindow)); // the first failure has left
        Assert.Null(await throttle.BlockedUntilAsync(null, Start.AddMinutes(2)));
    }

    [Fact]
    public async Task Failures_spread_wider_than_the_window_never_block()
    {
        var throttle = new SignInAddressThrottle(new InMemoryFailures());
        for (var i = 0; i < 3 * SignInPolicy.MaxFailuresPerAddress; i++)
        {
            await throttle.RecordFailureAsync("10.0.0.9", Start.AddMinutes(i));
            Assert.Null(await throttle.BlockedUntilAsync("10.0.0.9", Start.AddMinutes(i)));
        }
    }

    /// <summary>The repository's contract in memory (the database's own is in the Data contract suite).</summary>
    private sealed class InMemoryFailures : ISignInThrottleRepository
    {
        private readonly List<(string Address, DateTime At)> _rows = [];

        public Task<IReadOnlyList<DateTime>> ListFailuresAsync(string address, DateTime sinceUtc) =>
            Task.FromResult<IReadOnlyList<DateTime>>(_rows.Where(r => r.Address == address && r.At >= sinceUtc).Select(r => r.At).Order().ToList());

        public Task RecordFailureAsync(string address, DateTime atUtc, DateTime forgetBeforeUtc)
        {
            _rows.RemoveAll(r => r.At < forgetBeforeUtc);
            _rows.Add((address, atUtc));
            return Task.CompletedTask;
        }
    }

    /// <summary>The portal with each request's address taken from a test header (the in-memory server has none).</summary>
    private sealed class AddressedPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, AddressFromHeader>());
        }

        private sealed class AddressFromHeader : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, then) =>
                {
                    if (context.Request.Headers["X-Test-Address"] is [{ } address])
                        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                    return then(context);
                });
                next(app);
            };
        }
    }

    [Fact]
    public async Task A_sprayed_address_is_refused_even_the_right_password_and_another_address_signs_in()
    {
        using var portal = new AddressedPortal();
        PortalClient From(string address)
        {
            var client = portal.NewClient();
            client.Http.DefaultRequestHeaders.Add("X-Test-Address", address);
            return client;
        }
        using var sprayer = From("203.0.113.5");
        for (var i = 1; i <= SignInPolicy.MaxFailuresPerAddress; i++)
            Assert.Equal(HttpStatusCode.OK, (await sprayer.PostLoginAsync($"officer-{i}", "123456")).StatusCode);

        var refused = await sprayer.PostLoginAsync("pailou", DemoAccounts.Password);
        using var office = From("198.51.100.20");
        var signedIn = await office.PostLoginAsync("pailou", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("该网络地址登录失败次数过多", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }
}
