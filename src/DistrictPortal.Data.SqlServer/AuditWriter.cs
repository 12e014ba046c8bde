using DistrictPortal.Core.Auditing;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>Writes audit entries inside the transaction of the change they describe.</summary>
internal static class AuditWriter
{
    public static async Task WriteAsync(SqlConnection connection, SqlTransaction transaction, IEnumerable<AuditEntry> entries)
    {
        foreach (var entry in entries)
        {
            await connection.CallAsync(AuditEntryCreate.From(entry), transaction);
        }
    }

    /// <summary>SQL Server hands DATETIME2 back without a kind; every time we store is UTC.</summary>
    public static DateTime AsUtc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static DateTime? AsUtc(DateTime? value) => value is { } v ? AsUtc(v) : null;
}
