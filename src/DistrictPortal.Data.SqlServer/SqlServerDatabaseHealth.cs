using DistrictPortal.Core.Data;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>/health for SQL Server: connects and calls [dbo].[Database_ReadHealth], which exists only once migrated.</summary>
public sealed class SqlServerDatabaseHealth(string connectionString) : IDatabaseHealth
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public async Task<string?> CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await _db.OpenAsync(cancellationToken);
            var missing = (await connection.CallAsync(new DatabaseReadHealth(), cancellationToken: cancellationToken)).SingleOrDefault();
            return missing is null ? null : $"SQL Server: tables missing: {missing}.";
        }
        catch (SqlException e) when (e.Number == SqlErrors.ProcedureNotFound)
        {
            return "SQL Server: reachable, but the database has not been migrated.";
        }
        catch (SqlException e)
        {
            return $"SQL Server: {e.Message}";
        }
        catch (InvalidOperationException e)
        {
            // A malformed connection string or an exhausted pool.
            return $"SQL Server: {e.Message}";
        }
    }
}
