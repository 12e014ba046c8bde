namespace DistrictPortal.Web.Infrastructure.Configuration;

/// <summary>The "Portal" section: demo data, the portal's time zone and (Development only) a pinned clock.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Seed the demo hierarchy, estates and accounts into an empty database and list the accounts on the sign-in page.</summary>
    public bool DemoData { get; set; }

    /// <summary>IANA id of the zone every time is shown in (reporting weeks are Asia/Shanghai weeks).</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>ISO 8601 with offset, e.g. 2026-11-27T16:30:00+08:00. Honoured only in Development.</summary>
    public string? Now { get; set; }

    /// <summary>
    /// Keep the league, trend and dashboard pages as sent, per user (<c>LeaguePagePolicy</c>). Off for measuring the work
    /// behind every page (the benchmark's "cache off" rows) or when diagnosing; the data caches stay on either way.
    /// </summary>
    public bool PageCache { get; set; } = true;
}

public enum DatabaseProvider
{
    Sqlite = 0,
    SqlServer = 1,
}

/// <summary>The "Database" section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// SQL Server only: when false the portal does not migrate at start-up and refuses to start while scripts are
    /// pending (production runs `-- migrate` as a separate, reviewed step). SQLite always migrates.
    /// </summary>
    public bool MigrateOnStartup { get; set; } = true;
}

/// <summary>The "Hangfire" section.</summary>
public sealed class HangfireOptions
{
    public const string Section = "Hangfire";

    /// <summary>Run the background-job server in this process; tests turn it off.</summary>
    public bool Server { get; set; } = true;

    /// <summary>SQLite provider: the Hangfire database file; defaults to App_Data/hangfire.db under the content root.</summary>
    public string? SqlitePath { get; set; }

    /// <summary>SQL Server provider: defaults to ConnectionStrings:Portal (Hangfire keeps its own schema).</summary>
    public string? SqlServerConnectionString { get; set; }
}

/// <summary>The "DataProtection" section.</summary>
public sealed class DataProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>A folder for the key ring instead of the database (one web server only); unset keeps it in the database.</summary>
    public string? KeysPath { get; set; }

    /// <summary>A PFX file whose certificate encrypts the key ring at rest (ProtectKeysWithCertificate); unset: not encrypted.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX file's password (give it by environment variable or a secret store, not in appsettings.json).</summary>
    public string? CertificatePassword { get; set; }
}
