using System.Collections;
using System.Data;
using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer.Procedures;

/// <summary>
/// The one place that talks to Dapper: every database call in this project is a call record passed here, sent as
/// <see cref="CommandType.StoredProcedure"/> with parameters built from the record's properties. Nothing else
/// may import Dapper (DistrictPortal.Db.Tests enforces it), so the offline checks see every call.
/// </summary>
internal static class ProcedureCalls
{
    public static async Task<IReadOnlyList<TRow>> CallAsync<TRow>(
        this SqlConnection connection,
        IQuery<TRow> call,
        SqlTransaction? transaction = null,
        CancellationToken cancellationToken = default)
    {
        var parameters = ParametersFor(call);
        var rows = await connection.QueryAsync<TRow>(Command(call, parameters, transaction, cancellationToken));
        CopyOutputs(call, parameters);
        return rows.AsList();
    }

    /// <summary>
    /// The rows one at a time as the server sends them (Dapper unbuffered), for reads too large to hold; output
    /// parameters are not copied back (they arrive only after the last row).
    /// </summary>
    public static IAsyncEnumerable<TRow> StreamAsync<TRow>(this SqlConnection connection, IQuery<TRow> call) =>
        connection.QueryUnbufferedAsync<TRow>(NameOf(call.GetType()), ParametersFor(call), commandType: CommandType.StoredProcedure);

    public static async Task CallAsync(
        this SqlConnection connection,
        ICommand call,
        SqlTransaction? transaction = null,
        CancellationToken cancellationToken = default)
    {
        var parameters = ParametersFor(call);
        await connection.ExecuteAsync(Command(call, parameters, transaction, cancellationToken));
        CopyOutputs(call, parameters);
    }

    /// <summary>The synchronous twin, for callers whose own interface is synchronous (the data-protection key ring).</summary>
    public static IReadOnlyList<TRow> Call<TRow>(this SqlConnection connection, IQuery<TRow> call, SqlTransaction? transaction = null)
    {
        var parameters = ParametersFor(call);
        var rows = connection.Query<TRow>(Command(call, parameters, transaction, CancellationToken.None));
        CopyOutputs(call, parameters);
        return rows.AsList();
    }

    public static void Call(this SqlConnection connection, ICommand call, SqlTransaction? transaction = null)
    {
        var parameters = ParametersFor(call);
        connection.Execute(Command(call, parameters, transaction, CancellationToken.None));
        CopyOutputs(call, parameters);
    }

    /// <summary>The procedure a call record stands for, schema-qualified and bracketed.</summary>
    public static string NameOf(Type callType) =>
        callType.GetCustomAttribute<StoredProcedureAttribute>() is { } attribute
            ? $"[dbo].[{attribute.Name}]"
            : throw new InvalidOperationException($"{callType.Name} has no [StoredProcedure] attribute.");

    /// <summary>
    /// The parameters a call sends (or the columns a table-valued row sends): the record's public instance
    /// properties, in declaration order.
    /// </summary>
    public static IReadOnlyList<PropertyInfo> ParametersOf(Type callType) =>
        callType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();

    /// <summary>
    /// How a CLR type is sent. Explicit because Dapper's defaults are wrong for us: DateTime would go as
    /// DATETIME (3 ms precision, nothing before 1753) instead of DATETIME2(7). DateOnly goes as DATE and
    /// TimeOnly as TIME (their values converted by <see cref="WireValue"/>).
    /// </summary>
    public static DbType DbTypeOf(Type clrType)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (type.IsEnum)
        {
            type = Enum.GetUnderlyingType(type);
        }
        return type switch
        {
            _ when type == typeof(long) => DbType.Int64,
            _ when type == typeof(int) => DbType.Int32,
            _ when type == typeof(bool) => DbType.Boolean,
            _ when type == typeof(string) => DbType.String,
            _ when type == typeof(decimal) => DbType.Decimal,
            _ when type == typeof(DateTime) => DbType.DateTime2,
            _ when type == typeof(DateOnly) => DbType.Date,
            _ when type == typeof(TimeOnly) => DbType.Time,
            _ when type == typeof(byte[]) => DbType.Binary,
            _ => throw new NotSupportedException($"No stored-procedure parameter mapping for {clrType}."),
        };
    }

    /// <summary>As <see cref="DbTypeOf(Type)"/>, with a table-valued parameter as <see cref="DbType.Object"/> (it goes Structured).</summary>
    public static DbType DbTypeOf(PropertyInfo property) =>
        TableTypeOf(property) is null ? DbTypeOf(property.PropertyType) : DbType.Object;

    public static bool IsOutput(PropertyInfo property) => property.IsDefined(typeof(OutputAttribute));

    /// <summary>"[dbo].[ReturnRowList]" for a table-valued parameter, null for any other.</summary>
    public static string? TableTypeOf(PropertyInfo property) =>
        property.GetCustomAttribute<TableTypeAttribute>() is { } attribute ? $"[dbo].[{attribute.Name}]" : null;

    /// <summary>The row record of a table-valued parameter: T of its <see cref="IReadOnlyList{T}"/>.</summary>
    public static Type TableRowTypeOf(PropertyInfo property) =>
        property.PropertyType is { IsGenericType: true } list && list.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            ? list.GetGenericArguments()[0]
            : throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name}: a [TableType] property is an IReadOnlyList<row record>.");

    /// <summary>The CLR type a value travels as: enums as their number, DateOnly as DateTime, TimeOnly as TimeSpan.</summary>
    public static Type WireTypeOf(Type clrType)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        _ = DbTypeOf(type);
        return type.IsEnum ? Enum.GetUnderlyingType(type)
            : type == typeof(DateOnly) ? typeof(DateTime)
            : type == typeof(TimeOnly) ? typeof(TimeSpan)
            : type;
    }

    /// <summary>
    /// The value as it goes over the wire. DateOnly and TimeOnly are converted here rather than left to the
    /// driver or to a process-wide Dapper type handler (the SQLite project registers its own).
    /// </summary>
    public static object? WireValue(object? value) => value switch
    {
        Enum e => Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), CultureInfo.InvariantCulture),
        DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified),
        TimeOnly time => time.ToTimeSpan(),
        _ => value,
    };

    private static CommandDefinition Command(
        object call, DynamicParameters parameters, SqlTransaction? transaction, CancellationToken cancellationToken) =>
        new(NameOf(call.GetType()), parameters, transaction, commandType: CommandType.StoredProcedure, cancellationToken: cancellationToken);

    private static DynamicParameters ParametersFor(object call)
    {
        var parameters = new DynamicParameters();
        foreach (var property in ParametersOf(call.GetType()))
        {
            if (TableTypeOf(property) is { } tableType)
            {
                parameters.Add(property.Name, TableOf(TableRowTypeOf(property), (IEnumerable?)property.GetValue(call)).AsTableValuedParameter(tableType));
                continue;
            }
            var output = IsOutput(property);
            parameters.Add(
                property.Name,
                output ? null : WireValue(property.GetValue(call)),
                DbTypeOf(property.PropertyType),
                output ? ParameterDirection.Output : ParameterDirection.Input);
        }
        return parameters;
    }

    /// <summary>The rows of a table-valued parameter, one column per row-record property in declaration order.</summary>
    private static DataTable TableOf(Type rowType, IEnumerable? rows)
    {
        var columns = ParametersOf(rowType);
        var table = new DataTable { Locale = CultureInfo.InvariantCulture };
        foreach (var column in columns)
        {
            table.Columns.Add(column.Name, WireTypeOf(column.PropertyType));
        }
        foreach (var row in rows ?? Array.Empty<object>())
        {
            table.Rows.Add(columns.Select(c => WireValue(c.GetValue(row)) ?? DBNull.Value).ToArray());
        }
        return table;
    }

    private static void CopyOutputs(object call, DynamicParameters parameters)
    {
        foreach (var property in ParametersOf(call.GetType()).Where(IsOutput))
        {
            var value = parameters.Get<object?>(property.Name);
            property.SetValue(call, value is DBNull ? null : value);
        }
    }
}
