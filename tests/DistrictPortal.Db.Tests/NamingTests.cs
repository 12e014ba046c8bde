using System.Text.RegularExpressions;
using DistrictPortal.Db.Tests.Support;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests;

/// <summary>
/// Names: one object per file, named as its file; procedures [dbo].[Entity_Action] with a verb from the fixed set,
/// in StoredProcedures/Entity/; constraints and indexes named PK_/FK_/UQ_/CK_/DF_/IX_ after their table.
/// </summary>
public sealed partial class NamingTests
{
    public static TheoryData<string> ObjectFiles => new(SqlSource.ObjectFiles.Select(f => f.RelativePath));

    [Theory]
    [MemberData(nameof(ObjectFiles))]
    public void File_defines_one_object_named_as_the_file(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        Assert.NotNull(file.Script);
        var statements = SqlText.Statements(file.Script).Select(s => s.Statement).ToArray();
        var objects = statements.Where(s => s is not CreateIndexStatement).ToArray();
        Assert.True(objects.Length == 1, $"{relativePath}: one object per file, found {string.Join(", ", objects.Select(o => o.GetType().Name))}");

        var (expectedType, name) = objects[0] switch
        {
            CreateTableStatement t => ("Tables", t.SchemaObjectName),
            CreateTypeTableStatement t => ("Types", t.Name),
            CreateViewStatement v => ("Views", v.SchemaObjectName),
            CreateFunctionStatement f => ("Functions", f.Name),
            CreateProcedureStatement p => ("StoredProcedures", p.ProcedureReference.Name),
            var other => ("(none)", null as SchemaObjectName),
        };
        Assert.True(name is not null, $"{relativePath}: {objects[0].GetType().Name} does not belong in an object file (plain CREATE only; guards and CREATE OR ALTER are for migrations)");
        Assert.Equal(expectedType, file.Folder);
        Assert.Equal($"[dbo].[{file.Name}]", SqlText.Key(name));

        // Indexes in a table's file belong to that table.
        foreach (var index in statements.OfType<CreateIndexStatement>())
        {
            Assert.True(file.Folder == "Tables" && SqlText.Key(index.OnName) == SqlText.Key(name),
                $"{relativePath}:{index.StartLine}: index [{index.Name.Value}] belongs in its table's file");
        }
    }

    [Theory]
    [MemberData(nameof(ObjectFiles))]
    public void Procedures_are_named_Entity_Action(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        if (file.Folder != "StoredProcedures")
        {
            return;
        }
        var parts = file.RelativePath.Split('/');
        var match = ProcedureName().Match(file.Name);
        Assert.True(match.Success,
            $"{relativePath}: expected Entity_Action with Action one of Create, ReadById, Read<Thing>/ReadBy<Thing>, Update, Update<Thing>, DeleteById");
        Assert.True(parts.Length == 3 && parts[1] == match.Groups["entity"].Value,
            $"{relativePath}: a procedure of {match.Groups["entity"].Value} lives in StoredProcedures/{match.Groups["entity"].Value}/");
    }

    [Theory]
    [MemberData(nameof(ObjectFiles))]
    public void Constraints_and_indexes_are_named_after_their_table(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        Assert.NotNull(file.Script);
        var problems = new List<string>();
        foreach (var statement in SqlText.Statements(file.Script).Select(s => s.Statement))
        {
            if (statement is CreateTableStatement table)
            {
                var t = table.SchemaObjectName.BaseIdentifier.Value;
                foreach (var constraint in table.Definition.TableConstraints)
                {
                    Check(constraint, t, null, problems);
                }
                foreach (var column in table.Definition.ColumnDefinitions)
                {
                    foreach (var constraint in column.Constraints.Where(c => c is not NullableConstraintDefinition))
                    {
                        Check(constraint, t, column.ColumnIdentifier.Value, problems);
                    }
                    if (column.DefaultConstraint is { } @default)
                    {
                        Check(@default, t, column.ColumnIdentifier.Value, problems);
                    }
                }
            }
            if (statement is CreateIndexStatement index && !index.Name.Value.StartsWith($"IX_{index.OnName.BaseIdentifier.Value}_", StringComparison.Ordinal))
            {
                problems.Add($"index [{index.Name.Value}] should be named IX_{index.OnName.BaseIdentifier.Value}_<Columns>");
            }
        }
        Assert.True(problems.Count == 0, $"{relativePath}: " + string.Join("; ", problems));
    }

    private static void Check(ConstraintDefinition constraint, string table, string? column, List<string> problems)
    {
        var name = constraint.ConstraintIdentifier?.Value;
        var expected = constraint switch
        {
            UniqueConstraintDefinition { IsPrimaryKey: true } => $"PK_{table}",
            UniqueConstraintDefinition => $"UQ_{table}_",
            ForeignKeyConstraintDefinition => $"FK_{table}_",
            CheckConstraintDefinition => $"CK_{table}_",
            DefaultConstraintDefinition d => $"DF_{table}_{column ?? d.Column?.Value}",
            _ => $"?_{table}_",
        };
        var exact = expected.EndsWith('_') ? name?.StartsWith(expected, StringComparison.Ordinal) == true : name == expected;
        if (!exact)
        {
            problems.Add($"{constraint.GetType().Name.Replace("Definition", "")} {(name is null ? "without a name" : $"[{name}]")} at line {constraint.StartLine} should be named {expected}{(expected.EndsWith('_') ? "<Columns>" : "")}");
        }
    }

    [GeneratedRegex(@"^(?<entity>[A-Z][A-Za-z]*)_(Create|ReadById|Read[A-Z][A-Za-z]*|Update|Update[A-Z][A-Za-z]*|DeleteById)$")]
    private static partial Regex ProcedureName();
}
