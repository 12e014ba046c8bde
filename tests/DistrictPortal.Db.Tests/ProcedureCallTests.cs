using System.Data;
using DistrictPortal.Db.Tests.Support;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests;

/// <summary>
/// The C# and the procedures agree, both ways: every call record names a procedure that exists, passes each of
/// its parameters (no more, none misspelt, types that convert, OUTPUT where the proc says OUTPUT), and maps
/// exactly the columns of its final SELECT; and every procedure in db/sqlserver has a caller.
/// </summary>
public sealed class ProcedureCallTests
{
    private static readonly IReadOnlyDictionary<string, ProcedureShape> Procedures = ProcedureShape.FromObjectFiles();

    /// <summary>The SQL types each parameter DbType may be sent to without a lossy or failing conversion.</summary>
    private static readonly Dictionary<DbType, SqlDataTypeOption[]> Compatible = new()
    {
        [DbType.Int64] = [SqlDataTypeOption.BigInt],
        [DbType.Int32] = [SqlDataTypeOption.Int],
        [DbType.Boolean] = [SqlDataTypeOption.Bit],
        [DbType.String] = [SqlDataTypeOption.NVarChar],
        [DbType.Decimal] = [SqlDataTypeOption.Decimal, SqlDataTypeOption.Numeric],
        [DbType.DateTime2] = [SqlDataTypeOption.DateTime2],
        [DbType.Date] = [SqlDataTypeOption.Date],
        [DbType.Time] = [SqlDataTypeOption.Time],
        [DbType.Binary] = [SqlDataTypeOption.VarBinary],
    };

    /// <summary>For the table-type checks (<see cref="TableTypeTests"/>): which SQL types a CLR type may be sent to.</summary>
    public static bool IsCompatible(DbType dbType, SqlDataTypeOption? sqlType) =>
        sqlType is { } type && Compatible.TryGetValue(dbType, out var types) && types.Contains(type);

    public static TheoryData<string> Calls => new(ProcedureCall.All.Select(c => c.Record.Name));

    [Fact]
    public void The_call_records_are_found()
    {
        Assert.True(ProcedureCall.All.Count >= 20, $"Only {ProcedureCall.All.Count} call records found by reflection.");
        Assert.True(Procedures.Count >= 20, $"Only {Procedures.Count} procedures found in db/sqlserver.");
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void The_procedure_exists_with_the_parameters_passed(string record)
    {
        var call = Call(record);
        var procedure = Procedure(call);
        var problems = new List<string>();

        foreach (var argument in call.Arguments)
        {
            var parameter = procedure.Parameters.SingleOrDefault(p => string.Equals(p.Name, argument.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is null)
            {
                problems.Add($"{call}: passes @{argument.Name}, which {procedure.Name} ({procedure.File}) does not declare; it has "
                    + string.Join(", ", procedure.Parameters.Select(p => "@" + p.Name)));
                continue;
            }
            if (argument.TableType is { } tableType)
            {
                // Structured: the columns are checked against the row record in TableTypeTests.
                if (!string.Equals(parameter.TypeText, tableType, StringComparison.OrdinalIgnoreCase) || !parameter.IsReadOnly)
                {
                    problems.Add($"{call}: @{argument.Name} is a {tableType} table, but {procedure.Name} declares {parameter.TypeText}{(parameter.IsReadOnly ? "" : " without READONLY")}");
                }
                continue;
            }
            if (!IsCompatible(argument.DbType, parameter.Type))
            {
                problems.Add($"{call}: @{argument.Name} is {argument.ClrType.Name} (sent as {argument.DbType}) but {procedure.Name} declares {parameter.TypeText}");
            }
            if (parameter.IsOutput != argument.IsOutput)
            {
                problems.Add($"{call}: @{argument.Name} is {(argument.IsOutput ? "" : "not ")}[Output] in C# but {(parameter.IsOutput ? "" : "not ")}OUTPUT in {procedure.Name}");
            }
        }

        foreach (var parameter in procedure.Parameters.Where(p => !p.HasDefault))
        {
            if (!call.Arguments.Any(a => string.Equals(a.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{call}: does not pass @{parameter.Name}, which {procedure.Name} ({procedure.File}) requires");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void The_final_select_has_the_columns_the_row_type_maps(string record)
    {
        var call = Call(record);
        var procedure = Procedure(call);
        var columns = procedure.ResultColumns;

        if (call.RowType is null)
        {
            Assert.True(columns is null, $"{call} reads no rows, but {procedure.Name} ends with SELECT {Join(columns)}");
            return;
        }
        Assert.True(columns is not null, $"{call} reads rows of {call.RowType.Name}, but {procedure.Name} ({procedure.File}) selects none");
        if (call.IsScalar)
        {
            Assert.True(columns.Count == 1, $"{call} reads one {call.RowType.Name} per row, but {procedure.Name} selects {Join(columns)}");
            return;
        }
        var missing = call.MappedColumns.Except(columns, StringComparer.OrdinalIgnoreCase).ToArray();
        var unmapped = columns.Except(call.MappedColumns, StringComparer.OrdinalIgnoreCase).ToArray();
        Assert.True(missing.Length == 0 && unmapped.Length == 0,
            $"{call}: {procedure.Name} ({procedure.File}) final SELECT lacks {Join(missing)} that {call.RowType.Name} maps, "
            + $"and returns {Join(unmapped)} that it does not map");
    }

    [Fact]
    public void Every_procedure_has_a_caller()
    {
        var called = ProcedureCall.All.Select(c => c.ProcedureName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var dead = Procedures.Values.Where(p => !called.Contains(p.Name)).Select(p => $"{p.Name} ({p.File})").ToArray();
        Assert.True(dead.Length == 0, "Procedures no C# calls (delete them, or call them): " + string.Join(", ", dead));
    }

    [Fact]
    public void Each_procedure_has_one_call_record()
    {
        var twice = ProcedureCall.All.GroupBy(c => c.ProcedureName, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Record.Name))}")
            .ToArray();
        Assert.True(twice.Length == 0, "One record per procedure keeps its parameters in one place: " + string.Join("; ", twice));
    }

    private static ProcedureCall Call(string record) => ProcedureCall.All.Single(c => c.Record.Name == record);

    private static ProcedureShape Procedure(ProcedureCall call) =>
        Procedures.TryGetValue(call.ProcedureName, out var procedure)
            ? procedure
            : throw new Xunit.Sdk.XunitException($"{call}: no procedure {call.ProcedureName} in db/sqlserver/StoredProcedures");

    private static string Join(IEnumerable<string>? names) =>
        names is null ? "(nothing)" : names.Any() ? string.Join(", ", names) : "(nothing)";
}
