using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Bench.Generation;

/// <summary>
/// One prepared INSERT, run many times with new values: the statement is compiled once, which is what makes a million
/// rows load in seconds. Values are written the way the app's SQLite type handlers write them (SqliteTypeHandlers):
/// times as fixed-width UTC text, dates as yyyy-MM-dd, decimals as invariant text, enums and booleans as integers.
/// </summary>
internal sealed class Inserter : IDisposable
{
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public Inserter(SqliteConnection connection, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
    }

    public SqliteTransaction? Transaction
    {
        set => command.Transaction = value;
    }

    public void Run(params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
            parameters[i].Value = Value(values[i]);
        command.ExecuteNonQuery();
    }

    private static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateTime t => t.ToUniversalTime().ToString(UtcFormat, CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture),
        _ => value,
    };

    public void Dispose() => command.Dispose();
}
