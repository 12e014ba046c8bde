namespace DistrictPortal.Web.Infrastructure.Notices;

/// <summary>The "Robots" section: how the outbox job posts to the group robots (README, "Group robots").</summary>
public sealed class RobotOptions
{
    public const string Section = "Robots";

    /// <summary>Retries inside one post (the HttpClient resilience handler): 5xx, 408, 429 and network errors.</summary>
    public int RetryAttempts { get; set; } = 3;

    /// <summary>The first retry's wait; each next one doubles (with jitter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one HTTP attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Job runs that may try a delivery before it is marked failed for good.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before a failed delivery is tried again by a later run, times the attempts made.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a run holds a delivery; longer than one post with all its retries can take.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Deliveries one run posts at most.</summary>
    public int BatchSize { get; set; } = 50;
}
