using System.Data;
using System.Reflection;
using DistrictPortal.Data.SqlServer;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Db.Tests.Support;

/// <summary>
/// A stored-procedure call as the C# makes it, read by reflection from the call records in
/// src/DistrictPortal.Data.SqlServer/Procedures: the runtime sends exactly these properties
/// (<see cref="ProcedureCalls"/> builds its parameters from the same <see cref="ProcedureCalls.ParametersOf"/>),
/// so what is checked here is what goes over the wire.
/// </summary>
public sealed record ProcedureCall(
    Type Record,
    string ProcedureName,
    IReadOnlyList<ProcedureCall.Argument> Arguments,
    Type? RowType)
{
    /// <param name="TableType">"[dbo].[ReturnRowList]" for a table-valued parameter (sent Structured, DbType Object), else null.</param>
    /// <param name="TableRowType">The row record whose properties are the table type's columns, in order.</param>
    public sealed record Argument(string Name, Type ClrType, DbType DbType, bool IsOutput, string? TableType = null, Type? TableRowType = null);

    /// <summary>Every call record in the SQL Server data assembly.</summary>
    public static IReadOnlyList<ProcedureCall> All { get; } = Load();

    public override string ToString() => $"{Record.Name} → {ProcedureName}";

    /// <summary>True when the row type is read from a single column rather than mapped property by property.</summary>
    public bool IsScalar => RowType is { } t && IsScalarType(t);

    /// <summary>
    /// The properties Dapper fills from the result's columns: public, settable, instance, of a type a column can
    /// hold. A collection (WeeklyReturn.Rows) is never a column: the repository fills it from a second call.
    /// </summary>
    public IReadOnlyList<string> MappedColumns =>
        RowType is null || IsScalar
            ? []
            : RowType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && IsScalarType(p.PropertyType))
                .Select(p => p.Name)
                .ToArray();

    private static IReadOnlyList<ProcedureCall> Load() =>
        typeof(SqlServerNodeRepository).Assembly.GetTypes()
            .Where(t => t.IsDefined(typeof(StoredProcedureAttribute), inherit: false))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new ProcedureCall(
                t,
                ProcedureCalls.NameOf(t),
                ProcedureCalls.ParametersOf(t)
                    .Select(p => ProcedureCalls.TableTypeOf(p) is { } tableType
                        ? new Argument(p.Name, p.PropertyType, ProcedureCalls.DbTypeOf(p), false, tableType, ProcedureCalls.TableRowTypeOf(p))
                        : new Argument(p.Name, p.PropertyType, ProcedureCalls.DbTypeOf(p), ProcedureCalls.IsOutput(p)))
                    .ToArray(),
                RowTypeOf(t)))
            .ToArray();

    private static Type? RowTypeOf(Type record)
    {
        var queries = record.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>)).ToArray();
        var isCommand = typeof(ICommand).IsAssignableFrom(record);
        if (queries.Length + (isCommand ? 1 : 0) != 1)
        {
            throw new InvalidOperationException($"{record.Name} must implement exactly one of ICommand and IQuery<TRow>.");
        }
        return isCommand ? null : queries[0].GetGenericArguments()[0];
    }

    private static bool IsScalarType(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime)
            || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(byte[]);
    }
}
