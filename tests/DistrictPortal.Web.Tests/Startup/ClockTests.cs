using DistrictPortal.Web.Infrastructure.Configuration;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DistrictPortal.Web.Tests.Startup;

[Collection(PortalCollection.Name)]
public sealed class ClockTests(PortalFactory factory)
{
    private const string Friday = "2026-11-27T16:30:00+08:00";

    [Fact]
    public void Portal_Now_pins_the_clock_in_development()
    {
        using var pinned = factory.WithWebHostBuilder(b => b.UseEnvironment("Development").UseSetting("Portal:Now", Friday));

        var time = pinned.Services.GetRequiredService<TimeProvider>();
        var clock = pinned.Services.GetRequiredService<PortalClock>();

        Assert.IsType<FixedTimeProvider>(time);
        Assert.Equal(new DateTime(2026, 11, 27, 8, 30, 0, DateTimeKind.Utc), time.GetUtcNow().UtcDateTime);
        Assert.Equal(new DateTime(2026, 11, 27, 16, 30, 0), clock.LocalNow.DateTime);
    }

    [Fact]
    public void Portal_Now_is_ignored_outside_development()
    {
        using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Portal:Now", Friday).UseSetting("Portal:DemoData", "false"));

        Assert.Same(TimeProvider.System, production.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void A_malformed_Portal_Now_is_reported_not_guessed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FixedTimeProvider.Parse("27/11/2026 16:30"));
        Assert.Contains("ISO 8601", error.Message);
        Assert.Throws<InvalidOperationException>(() => FixedTimeProvider.Parse("2026-11-27T16:30:00")); // no offset
    }

    [Fact]
    public void Shanghai_is_eight_hours_ahead_of_utc_all_year()
    {
        var zone = PortalClock.FindZone("Asia/Shanghai");
        Assert.Equal(TimeSpan.FromHours(8), zone.GetUtcOffset(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(8), zone.GetUtcOffset(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc)));
    }
}
