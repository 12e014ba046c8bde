using System.Globalization;

namespace DistrictPortal.Web.Infrastructure.Configuration;

/// <summary>
/// A clock pinned at one instant (Portal:Now, Development only), so a demo or a manual test can stand on a
/// chosen Friday afternoon. Everything reads time through the registered <see cref="TimeProvider"/>.
/// </summary>
public sealed class FixedTimeProvider(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => zone;

    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mmzzz"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw new InvalidOperationException(
                $"Portal:Now '{value}' is not an ISO 8601 time with an offset, e.g. 2026-11-27T16:30:00+08:00.");
}

/// <summary>The portal's time zone and "now" as the users see it (Asia/Shanghai unless configured otherwise).</summary>
public sealed class PortalClock(TimeProvider time, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateTimeOffset LocalNow => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public int CurrentYear => LocalNow.Year;

    /// <summary>Today in the portal's zone: the day a live figure is as of.</summary>
    public DateOnly Today => DateOnly.FromDateTime(LocalNow.DateTime);

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (id == "Asia/Shanghai")
        {
            // A container without tzdata: China has kept UTC+8 without daylight saving since 1991.
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
