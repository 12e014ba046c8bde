using System.Data;
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

    /// <summary>The procedure a call record stands for, schema-qualified and bracketed.</summary>
    public static string NameOf(Type callType) =>
        callType.GetCustomAttribute<StoredProcedureAttribute>() is { } attribute
            ? $"[dbo].[{attribute.Name}]"
            : throw new InvalidOperationException($"{callType.Name} has no [StoredProcedure] attribute.");

    /// <summary>The parameters a call sends: the record's public instance properties, in declaration order.</summary>
    public static IReadOnlyList<PropertyInfo> ParametersOf(Type callType) =>
        callType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();

    /// <summary>
    /// How a CLR type is sent. Explicit because Dapper's defaults are wrong for us: DateTime would go as
    /// DATETIME (3 ms precision, nothing before 1753) instead of DATETIME2(7).
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
            _ => throw new NotSupportedException($"No stored-procedure parameter mapping for {clrType}."),
        };
    }

    public static bool IsOutput(PropertyInfo property) => property.IsDefined(typeof(OutputAttribute));

    private static CommandDefinition Command(
        object call, DynamicParameters parameters, SqlTransaction? transaction, CancellationToken cancellationToken) =>
        new(NameOf(call.GetType()), parameters, transaction, commandType: CommandType.StoredProcedure, cancellationToken: cancellationToken);

    private static DynamicParameters ParametersFor(object call)
    {
        var parameters = new DynamicParameters();
        foreach (var property in ParametersOf(call.GetType()))
        {
            var output = IsOutput(property);
            var value = output ? null : property.GetValue(call);
            if (value is Enum)
            {
                value = Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), System.Globalization.CultureInfo.InvariantCulture);
            }
            parameters.Add(
                property.Name,
                value,
                DbTypeOf(property.PropertyType),
                output ? ParameterDirection.Output : ParameterDirection.Input);
        }
        return parameters;
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
