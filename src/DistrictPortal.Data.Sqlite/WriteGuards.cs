using System.Globalization;
using DistrictPortal.Core.Data;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Small rules shared by the campaign, return and supervision repositories, kept the same as the SQL Server
/// twin's so both databases refuse the same requests with the same exceptions.
/// </summary>
internal static class WriteGuards
{
    /// <summary>Trimmed text that must not be blank (names, reasons, notes).</summary>
    public static string Required(string? value, string parameter, string message) =>
        value?.Trim() is { Length: > 0 } trimmed ? trimmed : throw new ArgumentException(message, parameter);

    /// <summary>
    /// Runs a write whose rows may name something that does not exist (an unknown estate or user). SQLite reports
    /// that as a foreign-key failure; callers get an <see cref="ArgumentException"/>, as from SQL Server's 547.
    /// The transaction inside has rolled back by then.
    /// </summary>
    public static async Task<T> ForeignKeysAsArgumentErrors<T>(string entity, Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (SqliteException e) when (SqliteErrors.IsForeignKeyViolation(e))
        {
            throw WriteRefusals.ToException(WriteRefusal.ForeignKey, entity, 0, e.Message, inner: e)!;
        }
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
