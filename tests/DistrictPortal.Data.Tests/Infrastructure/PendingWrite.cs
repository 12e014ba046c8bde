using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Tests.Infrastructure;

/// <summary>
/// A write held open on a connection of its own: one audit entry written and not yet committed, as a long import or
/// acceptance is between its first write and its commit. Lets a test read through the repositories in that window.
/// </summary>
public sealed class PendingWrite : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;

    private PendingWrite(DbConnection connection, DbTransaction transaction) => (_connection, _transaction) = (connection, transaction);

    public static async Task<PendingWrite> BeginAsync(string backend, string? sqliteFile)
    {
        DbConnection connection = backend == TestBackends.Sqlite
            ? new SqliteConnection($"Data Source={sqliteFile}")
            : new SqlConnection(TestBackends.SqlServerConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (backend == TestBackends.Sqlite)
        {
            command.CommandText = """
                INSERT INTO AuditEntry (AtUtc, UserId, UserName, EntityType, EntityId, Action)
                VALUES (@AtUtc, 0, 'pending-write', 'Test', 0, 'update')
                """;
        }
        else
        {
            // The production procedure, as the repositories call it.
            command.CommandText = "[dbo].[AuditEntry_Create]";
            command.CommandType = CommandType.StoredProcedure;
            foreach (var (name, value) in new (string, object)[]
            {
                ("UserId", 0L), ("UserName", "pending-write"), ("EntityType", "Test"), ("EntityId", 0L),
                ("Action", "update"), ("Field", DBNull.Value), ("OldValue", DBNull.Value), ("NewValue", DBNull.Value),
            })
            {
                command.Parameters.Add(new SqlParameter(name, value));
            }
        }
        var at = command.CreateParameter();
        at.ParameterName = "AtUtc";
        at.DbType = DbType.DateTime2;
        at.Value = DateTime.UtcNow;
        command.Parameters.Add(at);
        await command.ExecuteNonQueryAsync();
        return new PendingWrite(connection, transaction);
    }

    public Task CommitAsync() => _transaction.CommitAsync();

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
