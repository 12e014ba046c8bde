using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests.Support;

/// <summary>
/// The schema a set of scripts defines, each object in canonical text: built once from the object files and once
/// by replaying the migrations in order, so the two can be compared object by object.
/// </summary>
public sealed class SchemaSnapshot
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    public Dictionary<string, TableShape> Tables { get; } = new(Names);

    /// <summary>Procedures, views and functions: canonical CREATE text (CREATE OR ALTER and ALTER read as CREATE).</summary>
    public Dictionary<string, string> Modules { get; } = new(Names);

    /// <summary>Procedure parameter lists, canonical, for a clearer message than a whole-definition diff.</summary>
    public Dictionary<string, IReadOnlyList<string>> Parameters { get; } = new(Names);

    /// <summary>"[dbo].[Table].[IX_Name]" → canonical CREATE INDEX.</summary>
    public Dictionary<string, string> Indexes { get; } = new(Names);

    public Dictionary<string, string> Types { get; } = new(Names);

    /// <summary>Statements the snapshot cannot replay; the test fails on them rather than guess.</summary>
    public List<string> Unsupported { get; } = [];

    public sealed class TableShape
    {
        public List<(string Name, string Definition)> Columns { get; } = [];
        public Dictionary<string, string> Constraints { get; } = new(Names);
    }

    /// <param name="migration">True: DML, SET and PRINT are data fixes to skip; false: only definitions are allowed.</param>
    public void Apply(SqlFile file, bool migration)
    {
        foreach (var (statement, _, _) in SqlText.Statements(file.Script!))
        {
            if (!ApplyDefinition(statement) && !(migration && IsNonDefinition(statement)))
            {
                Unsupported.Add($"{file.RelativePath}:{statement.StartLine}: {statement.GetType().Name} is not replayed by SchemaSnapshot");
            }
        }
    }

    private bool ApplyDefinition(TSqlStatement statement)
    {
        switch (statement)
        {
            case CreateTableStatement create:
                var table = new TableShape();
                AddElements(table, create.Definition, SqlText.Key(create.SchemaObjectName));
                Tables[SqlText.Key(create.SchemaObjectName)] = table;
                return true;
            case AlterTableAddTableElementStatement add when Tables.TryGetValue(SqlText.Key(add.SchemaObjectName), out var altered):
                AddElements(altered, add.Definition, SqlText.Key(add.SchemaObjectName));
                return true;
            case AlterTableDropTableElementStatement dropElements when Tables.TryGetValue(SqlText.Key(dropElements.SchemaObjectName), out var dropped):
                foreach (var element in dropElements.AlterTableDropTableElements)
                {
                    if (element.TableElementType == TableElementType.Column)
                    {
                        dropped.Columns.RemoveAll(c => Names.Equals(c.Name, element.Name.Value));
                    }
                    else
                    {
                        dropped.Constraints.Remove(element.Name.Value);
                    }
                }
                return true;
            case AlterTableAlterColumnStatement alterColumn when Tables.TryGetValue(SqlText.Key(alterColumn.SchemaObjectName), out var changed)
                && alterColumn.AlterTableAlterColumnOption is AlterTableAlterColumnOption.NoOptionDefined
                    or AlterTableAlterColumnOption.Null or AlterTableAlterColumnOption.NotNull:
                var position = changed.Columns.FindIndex(c => Names.Equals(c.Name, alterColumn.ColumnIdentifier.Value));
                if (position < 0)
                {
                    return false;
                }
                changed.Columns[position] = (changed.Columns[position].Name, AsColumnDefinition(alterColumn));
                return true;
            case DropTableStatement dropTable:
                dropTable.Objects.ToList().ForEach(o => Tables.Remove(SqlText.Key(o)));
                return true;
            case CreateIndexStatement index:
                Indexes[$"{SqlText.Key(index.OnName)}.[{index.Name.Value}]"] = SqlText.Canonical(index);
                return true;
            case DropIndexStatement dropIndex:
                foreach (var clause in dropIndex.DropIndexClauses.OfType<DropIndexClause>())
                {
                    Indexes.Remove($"{SqlText.Key(clause.Object)}.[{clause.Index.Value}]");
                }
                return true;
            case ProcedureStatementBody procedure when procedure is not AlterProcedureStatement || Modules.ContainsKey(SqlText.Key(procedure.ProcedureReference.Name)):
                var key = SqlText.Key(procedure.ProcedureReference.Name);
                Modules[key] = AsCreate(procedure);
                Parameters[key] = procedure.Parameters.Select(SqlText.Canonical).ToArray();
                return true;
            case ViewStatementBody view:
                Modules[SqlText.Key(view.SchemaObjectName)] = AsCreate(view);
                return true;
            case FunctionStatementBody function:
                Modules[SqlText.Key(function.Name)] = AsCreate(function);
                return true;
            case DropObjectsStatement dropModules when dropModules is DropProcedureStatement or DropViewStatement or DropFunctionStatement:
                foreach (var name in dropModules.Objects)
                {
                    Modules.Remove(SqlText.Key(name));
                    Parameters.Remove(SqlText.Key(name));
                }
                return true;
            case CreateTypeTableStatement type:
                Types[SqlText.Key(type.Name)] = SqlText.Canonical(type);
                return true;
            case DropTypeStatement dropType:
                Types.Remove(SqlText.Key(dropType.Name));
                return true;
            default:
                return false;
        }
    }

    private void AddElements(TableShape table, TableDefinition definition, string tableKey)
    {
        foreach (var column in definition.ColumnDefinitions)
        {
            table.Columns.Add((column.ColumnIdentifier.Value, SqlText.Canonical(column)));
        }
        foreach (var constraint in definition.TableConstraints)
        {
            table.Constraints[constraint.ConstraintIdentifier?.Value ?? SqlText.Canonical(constraint)] = SqlText.Canonical(constraint);
        }
        foreach (var index in definition.Indexes)
        {
            Indexes[$"{tableKey}.[{index.Name.Value}]"] = SqlText.Canonical(index);
        }
    }

    /// <summary>
    /// ALTER COLUMN as the column definition a CREATE TABLE would hold: re-parsed so that the canonical text compares
    /// with the object file's. (SQL Server keeps no default or constraint through ALTER COLUMN, so none is added.)
    /// </summary>
    private static string AsColumnDefinition(AlterTableAlterColumnStatement alter)
    {
        var collation = alter.Collation is null ? "" : $" COLLATE {alter.Collation.Value}";
        var nullability = alter.AlterTableAlterColumnOption switch
        {
            AlterTableAlterColumnOption.Null => " NULL",
            AlterTableAlterColumnOption.NotNull => " NOT NULL",
            _ => "",
        };
        var text = $"CREATE TABLE [dbo].[X] ({SqlText.Canonical(alter.ColumnIdentifier)} {SqlText.Canonical(alter.DataType)}{collation}{nullability});";
        var script = SqlSource.Parse(text, out var errors);
        return errors.Count == 0
            ? SqlText.Canonical(((CreateTableStatement)script.Batches[0].Statements[0]).Definition.ColumnDefinitions[0])
            : $"(unparsable ALTER COLUMN: {text})";
    }

    private static bool IsNonDefinition(TSqlStatement statement) =>
        statement is InsertStatement or UpdateStatement or DeleteStatement or MergeStatement
            or PredicateSetStatement or PrintStatement or DeclareVariableStatement or SetVariableStatement;

    /// <summary>The definition as CREATE, whether the script said CREATE, CREATE OR ALTER or ALTER.</summary>
    private static string AsCreate(TSqlStatement module)
    {
        var text = SqlText.Canonical(module);
        foreach (var prefix in new[] { "CREATE OR ALTER ", "ALTER " })
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return "CREATE " + text[prefix.Length..];
            }
        }
        return text;
    }
}
