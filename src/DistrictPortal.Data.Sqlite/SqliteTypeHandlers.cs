using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Dapper type handlers for what SQLite has no type for. Decimals are stored as invariant TEXT so
/// money and area round-trip exactly; times as fixed-width ISO-8601 UTC TEXT; dates as "yyyy-MM-dd".
/// Dapper's handlers are process-wide, so each handler only rewrites SQLite parameters and passes
/// everything else through typed: the SQL Server repositories in the same process are unaffected
/// (and get DATETIME2 rather than Dapper's lossy DATETIME default for DateTime parameters).
/// </summary>
internal static class SqliteTypeHandlers
{
    public const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    public const string DateFormat = "yyyy-MM-dd";

    private static readonly Lazy<bool> Registered = new(() =>
    {
        // Dapper consults its built-in type map before handlers, so the built-in mapping goes first.
        Replace(new DecimalHandler());
        Replace(new UtcDateTimeHandler());
        Replace(new DateOnlyHandler());
        return true;
    });

    public static void Register() => _ = Registered.Value;

    private static void Replace<T>(SqlMapper.TypeHandler<T> handler) where T : struct
    {
        SqlMapper.RemoveTypeMap(typeof(T));
        SqlMapper.RemoveTypeMap(typeof(T?));
        SqlMapper.AddTypeHandler(handler);
    }

    public static string FormatUtc(DateTime value) => ToUtc(value).ToString(UtcFormat, CultureInfo.InvariantCulture);

    /// <summary>Unspecified kinds are taken as UTC already: every time in this system is UTC.</summary>
    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };

    private sealed class DecimalHandler : SqlMapper.TypeHandler<decimal>
    {
        public override void SetValue(IDbDataParameter parameter, decimal value)
        {
            if (parameter is SqliteParameter)
            {
                parameter.DbType = DbType.String;
                parameter.Value = value.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                parameter.DbType = DbType.Decimal;
                parameter.Value = value;
            }
        }

        public override decimal Parse(object value) => value switch
        {
            decimal d => d,
            string s => StoredText.ParseDecimal(s),
            long l => l,
            // A REAL only arrives from a computed expression; go through its shortest round-trip text.
            double d => decimal.Parse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        };
    }

    private sealed class UtcDateTimeHandler : SqlMapper.TypeHandler<DateTime>
    {
        public override void SetValue(IDbDataParameter parameter, DateTime value)
        {
            if (parameter is SqliteParameter)
            {
                parameter.DbType = DbType.String;
                parameter.Value = FormatUtc(value);
            }
            else
            {
                parameter.DbType = DbType.DateTime2;
                parameter.Value = value;
            }
        }

        public override DateTime Parse(object value) => value switch
        {
            DateTime d => ToUtc(d),
            string s => StoredText.ParseUtc(s),
            _ => ToUtc(Convert.ToDateTime(value, CultureInfo.InvariantCulture)),
        };
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            if (parameter is SqliteParameter)
            {
                parameter.DbType = DbType.String;
                parameter.Value = value.ToString(DateFormat, CultureInfo.InvariantCulture);
            }
            else
            {
                parameter.DbType = DbType.Date;
                parameter.Value = value.ToDateTime(TimeOnly.MinValue);
            }
        }

        public override DateOnly Parse(object value) => value switch
        {
            DateOnly d => d,
            DateTime d => DateOnly.FromDateTime(d),
            string s => StoredText.ParseDate(s),
            _ => DateOnly.FromDateTime(Convert.ToDateTime(value, CultureInfo.InvariantCulture)),
        };
    }
}
