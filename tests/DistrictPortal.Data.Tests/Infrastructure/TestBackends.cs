namespace DistrictPortal.Data.Tests.Infrastructure;

/// <summary>
/// The databases the contract suite runs against. SQLite always runs (a fresh temporary file per test);
/// SQL Server runs when <see cref="SqlServerVariable"/> holds a connection string to a database the suite
/// may write to: tests make their own uniquely named nodes, so a shared database is fine.
/// </summary>
public static class TestBackends
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string SqlServerVariable = "DISTRICTPORTAL_SQLSERVER";

    public static readonly IReadOnlyList<string> All = [Sqlite, SqlServer];

    public static string? SqlServerConnectionString =>
        Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Null when the backend can run here, otherwise why its rows are skipped.</summary>
    public static string? SkipReason(string backend) => backend switch
    {
        Sqlite => null,
        SqlServer => SqlServerConnectionString is null ? $"{SqlServerVariable} not set" : null,
        _ => $"unknown database '{backend}'",
    };
}
