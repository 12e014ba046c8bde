using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests.Support;

/// <summary>
/// A procedure parameter narrower than the column it writes truncates or rounds silently before the INSERT or UPDATE
/// sees the value (NVARCHAR(100) cuts a 122-character field name; DECIMAL(18,1) rounds cents). This finds every
/// "INSERT … VALUES (@p)", "INSERT … SELECT @p" and "UPDATE … SET [Column] = @p" whose parameter type is narrower
/// than the column's: a shorter length, fewer decimals or integer digits, a coarser time precision.
/// </summary>
public static class WidthRules
{
    /// <summary>"[dbo].[Table]" → column name → declared type, from the Tables object files.</summary>
    public static IReadOnlyDictionary<string, Dictionary<string, DataTypeReference>> Columns(IEnumerable<SqlFile> files) =>
        files.Where(f => f.Folder == "Tables" && f.Script is not null)
            .SelectMany(f => SqlText.Statements(f.Script!).Select(s => s.Statement).OfType<CreateTableStatement>())
            .ToDictionary(
                t => SqlText.Key(t.SchemaObjectName),
                t => t.Definition.ColumnDefinitions.Where(c => c.DataType is not null)
                    .ToDictionary(c => c.ColumnIdentifier.Value, c => c.DataType, StringComparer.OrdinalIgnoreCase),
                StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Check(
        TSqlScript script, string source, IReadOnlyDictionary<string, Dictionary<string, DataTypeReference>> tables)
    {
        var problems = new List<string>();
        foreach (var procedure in SqlText.Statements(script).Select(s => s.Statement).OfType<ProcedureStatementBody>())
        {
            var parameters = procedure.Parameters.ToDictionary(p => p.VariableName.Value, p => p.DataType, StringComparer.OrdinalIgnoreCase);
            var writes = new WriteFinder();
            procedure.StatementList?.Accept(writes);
            foreach (var (table, column, variable, line) in writes.Found)
            {
                if (tables.TryGetValue(table, out var columns) && columns.TryGetValue(column, out var columnType)
                    && parameters.TryGetValue(variable, out var parameterType)
                    && Narrower(parameterType, columnType) is { } why)
                {
                    problems.Add($"{source}:{line}: {variable} {SqlText.Canonical(parameterType)} writes {table}.[{column}] "
                        + $"{SqlText.Canonical(columnType)}: {why}");
                }
            }
        }
        return problems;
    }

    /// <summary>Why a value of <paramref name="parameter"/> type can lose something in <paramref name="column"/>'s, or null.</summary>
    public static string? Narrower(DataTypeReference parameter, DataTypeReference column)
    {
        if (parameter is not SqlDataTypeReference p || column is not SqlDataTypeReference c)
        {
            return null;
        }
        switch (c.SqlDataTypeOption)
        {
            case SqlDataTypeOption.NVarChar or SqlDataTypeOption.NChar or SqlDataTypeOption.VarChar or SqlDataTypeOption.Char
                or SqlDataTypeOption.VarBinary or SqlDataTypeOption.Binary:
                return Length(p) < Length(c) ? "shorter than the column: a longer value is cut without an error" : null;
            case SqlDataTypeOption.Decimal or SqlDataTypeOption.Numeric
                when p.SqlDataTypeOption is SqlDataTypeOption.Decimal or SqlDataTypeOption.Numeric:
                var (pp, ps) = (Number(p, 0, 18), Number(p, 1, 0));
                var (cp, cs) = (Number(c, 0, 18), Number(c, 1, 0));
                return ps < cs ? "fewer decimals than the column: values are rounded"
                    : pp - ps < cp - cs ? "fewer integer digits than the column: values the column holds overflow"
                    : null;
            case SqlDataTypeOption.DateTime2 or SqlDataTypeOption.Time or SqlDataTypeOption.DateTimeOffset
                when p.SqlDataTypeOption == c.SqlDataTypeOption:
                return Number(p, 0, 7) < Number(c, 0, 7) ? "a coarser fraction of a second than the column" : null;
            default:
                return null;
        }
    }

    private static int Length(SqlDataTypeReference type) =>
        type.Parameters.Count == 0 ? 1
        : type.Parameters[0] is MaxLiteral ? int.MaxValue
        : int.Parse(type.Parameters[0].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int Number(SqlDataTypeReference type, int index, int fallback) =>
        type.Parameters.Count > index ? int.Parse(type.Parameters[index].Value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    /// <summary>(table, column, @variable, line) for each column a statement writes straight from a variable.</summary>
    private sealed class WriteFinder : TSqlFragmentVisitor
    {
        public List<(string Table, string Column, string Variable, int Line)> Found { get; } = [];

        public override void Visit(InsertSpecification node)
        {
            if (node.Target is not NamedTableReference { SchemaObject: var target } || target.BaseIdentifier.Value.StartsWith('#'))
            {
                return;
            }
            var columns = node.Columns.Select(c => c.MultiPartIdentifier.Identifiers[^1].Value).ToArray();
            var rows = node.InsertSource switch
            {
                ValuesInsertSource values => values.RowValues.Select(r => r.ColumnValues.ToArray()).ToArray(),
                SelectInsertSource { Select: QuerySpecification query } =>
                    [query.SelectElements.Select(e => (e as SelectScalarExpression)?.Expression).ToArray()!],
                _ => [],
            };
            foreach (var row in rows)
            {
                for (var i = 0; i < Math.Min(columns.Length, row.Length); i++)
                {
                    if (row[i] is VariableReference variable)
                    {
                        Found.Add((SqlText.Key(target), columns[i], variable.Name, node.StartLine));
                    }
                }
            }
        }

        public override void Visit(UpdateSpecification node)
        {
            if (TargetOf(node) is not { } table)
            {
                return;
            }
            foreach (var set in node.SetClauses.OfType<AssignmentSetClause>())
            {
                if (set.Column is { } column && set.NewValue is VariableReference variable)
                {
                    Found.Add((table, column.MultiPartIdentifier.Identifiers[^1].Value, variable.Name, set.StartLine));
                }
            }
        }

        /// <summary>The updated table, looking an alias up in the FROM clause.</summary>
        private static string? TargetOf(UpdateSpecification node)
        {
            if (node.Target is not NamedTableReference { SchemaObject: var name } named)
            {
                return null;
            }
            if (name.SchemaIdentifier is not null || node.FromClause is null)
            {
                return SqlText.Key(name);
            }
            var aliased = new NamedTables();
            node.FromClause.Accept(aliased);
            return aliased.Found.FirstOrDefault(t => t.Alias?.Value.Equals(name.BaseIdentifier.Value, StringComparison.OrdinalIgnoreCase) == true)
                is { } source ? SqlText.Key(source.SchemaObject) : SqlText.Key(named.SchemaObject);
        }
    }

    private sealed class NamedTables : TSqlFragmentVisitor
    {
        public List<NamedTableReference> Found { get; } = [];

        public override void Visit(NamedTableReference node) => Found.Add(node);
    }
}
