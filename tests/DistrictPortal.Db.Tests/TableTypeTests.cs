using System.Reflection;
using DistrictPortal.Data.SqlServer.Procedures;
using DistrictPortal.Db.Tests.Support;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests;

/// <summary>
/// Table-valued parameters are matched by column position, not by name: a property added, dropped or moved in a
/// row record would shift every later column into the wrong one without an error. So each row record's properties
/// must be the table type's columns exactly (Types/*.sql): same names in the same order, types that convert, and
/// NULL where the property can be null. Every table type must also be sent by some call.
/// </summary>
public sealed class TableTypeTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly IReadOnlyDictionary<string, (SqlFile File, IReadOnlyList<ColumnDefinition> Columns)> Types =
        SqlSource.ObjectFiles
            .Where(f => f.Folder == "Types" && f.Script is not null)
            .SelectMany(f => SqlText.Statements(f.Script!).Select(s => s.Statement).OfType<CreateTypeTableStatement>()
                .Select(t => (Key: SqlText.Key(t.Name), File: f, Columns: (IReadOnlyList<ColumnDefinition>)t.Definition.ColumnDefinitions.ToArray())))
            .ToDictionary(t => t.Key, t => (t.File, t.Columns), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<(ProcedureCall Call, ProcedureCall.Argument Argument)> TableArguments =>
        ProcedureCall.All.SelectMany(c => c.Arguments.Where(a => a.TableType is not null).Select(a => (c, a)));

    public static TheoryData<string> Arguments => new(TableArguments.Select(t => $"{t.Call.Record.Name}.{t.Argument.Name}"));

    [Fact]
    public void The_table_types_and_their_arguments_are_found()
    {
        Assert.Contains("[dbo].[ReturnRowList]", Types.Keys);
        Assert.Contains("[dbo].[CalendarDayList]", Types.Keys);
        Assert.True(TableArguments.Count() >= 3, $"Only {TableArguments.Count()} table-valued arguments found by reflection.");
    }

    [Theory]
    [MemberData(nameof(Arguments))]
    public void The_row_record_is_the_table_type_column_for_column(string argument)
    {
        var (call, arg) = TableArguments.Single(t => $"{t.Call.Record.Name}.{t.Argument.Name}" == argument);
        Assert.True(Types.TryGetValue(arg.TableType!, out var type), $"{call}: @{arg.Name} is sent as {arg.TableType}, which no file in Types/ creates");

        var properties = ProcedureCalls.ParametersOf(arg.TableRowType!);
        var where = $"{arg.TableRowType!.Name} → {arg.TableType} ({type.File})";
        Assert.True(
            properties.Select(p => p.Name).SequenceEqual(type.Columns.Select(c => c.ColumnIdentifier.Value), StringComparer.Ordinal),
            $"{where}: properties {string.Join(", ", properties.Select(p => p.Name))} are not the columns, in order: "
            + string.Join(", ", type.Columns.Select(c => c.ColumnIdentifier.Value)));

        var problems = new List<string>();
        foreach (var (property, column) in properties.Zip(type.Columns))
        {
            var sqlType = (column.DataType as SqlDataTypeReference)?.SqlDataTypeOption;
            var dbType = ProcedureCalls.DbTypeOf(property.PropertyType);
            if (!ProcedureCallTests.IsCompatible(dbType, sqlType))
            {
                problems.Add($"{property.Name} is {property.PropertyType.Name} (sent as {dbType}) but the column is {SqlText.Canonical(column.DataType)}");
            }
            var propertyNullable = Nullability.Create(property).ReadState == NullabilityState.Nullable;
            if (propertyNullable != IsNullable(column))
            {
                problems.Add($"{property.Name} is {(propertyNullable ? "" : "not ")}nullable but the column is {(IsNullable(column) ? "NULL" : "NOT NULL")}");
            }
        }
        Assert.True(problems.Count == 0, $"{where}: " + string.Join("; ", problems));
    }

    [Fact]
    public void Every_table_type_is_sent_by_a_call()
    {
        var sent = TableArguments.Select(t => t.Argument.TableType!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unused = Types.Where(t => !sent.Contains(t.Key)).Select(t => $"{t.Key} ({t.Value.File})").ToArray();
        Assert.True(unused.Length == 0, "Table types no call sends (delete them, or send them): " + string.Join(", ", unused));
    }

    /// <summary>A column without NULL or NOT NULL is nullable, as SQL Server's default is for table types.</summary>
    private static bool IsNullable(ColumnDefinition column) =>
        column.Constraints.OfType<NullableConstraintDefinition>().SingleOrDefault()?.Nullable ?? true;
}
