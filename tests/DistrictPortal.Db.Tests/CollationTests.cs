using DistrictPortal.Db.Tests.Support;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests;

/// <summary>
/// Every text column of a unique key, primary key or unique index declares its collation: the portal's
/// (<see cref="Portal"/>, for names people type) or a binary one (for keys the code makes). Left to the database's
/// default, "１号院" and "1号院", or "A" and "a", would be one name on one server and two on the next.
/// </summary>
public sealed class CollationTests
{
    /// <summary>The collation a Chinese district's server compares names in (README, "Running on SQL Server").</summary>
    public const string Portal = "Chinese_Simplified_Pinyin_100_CI_AS_SC";

    public static TheoryData<string> TableFiles => new(SqlSource.ObjectFiles.Where(f => f.Folder == "Tables").Select(f => f.RelativePath));

    [Theory]
    [MemberData(nameof(TableFiles))]
    public void Text_columns_of_unique_keys_declare_the_collation(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        Assert.NotNull(file.Script);
        var problems = Check(file.Script, relativePath);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("CREATE TABLE [dbo].[T] ([Name] NVARCHAR (10) NOT NULL, CONSTRAINT [UQ_T_Name] UNIQUE ([Name] ASC));", "[Name] has no COLLATE")]
    [InlineData("CREATE TABLE [dbo].[T] ([Name] NVARCHAR (10) COLLATE Latin1_General_100_CI_AS NOT NULL, CONSTRAINT [PK_T] PRIMARY KEY ([Name] ASC));", "Latin1_General_100_CI_AS")]
    [InlineData("CREATE TABLE [dbo].[T] ([Name] NVARCHAR (10) NOT NULL);\nGO\nCREATE UNIQUE INDEX [IX_T_Name] ON [dbo].[T] ([Name] ASC);", "[Name] has no COLLATE")]
    public void A_unique_text_column_without_the_collation_is_reported(string script, string expected)
    {
        var parsed = SqlSource.Parse(script, out var errors);
        Assert.Empty(errors);

        Assert.Contains(Check(parsed, "test.sql"), p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_portal_or_a_binary_collation_passes()
    {
        var parsed = SqlSource.Parse(
            $"CREATE TABLE [dbo].[T] ([A] NVARCHAR (10) COLLATE {Portal} NOT NULL, [B] NVARCHAR (10) COLLATE Latin1_General_100_BIN2 NOT NULL, "
            + "[C] NVARCHAR (10) NOT NULL, CONSTRAINT [UQ_T] UNIQUE ([A] ASC, [B] ASC));",
            out var errors);
        Assert.Empty(errors);

        Assert.Empty(Check(parsed, "test.sql"));
    }

    private static List<string> Check(TSqlScript script, string source)
    {
        var problems = new List<string>();
        var statements = SqlText.Statements(script).Select(s => s.Statement).ToArray();
        foreach (var table in statements.OfType<CreateTableStatement>())
        {
            var columns = table.Definition.ColumnDefinitions.ToDictionary(c => c.ColumnIdentifier.Value, StringComparer.OrdinalIgnoreCase);
            var keys = table.Definition.TableConstraints.OfType<UniqueConstraintDefinition>()
                .Select(u => (Name: u.ConstraintIdentifier?.Value ?? "(unnamed)", Columns: u.Columns.Select(c => c.Column)))
                .Concat(table.Definition.Indexes.Where(i => i.Unique).Select(i => (Name: i.Name.Value, Columns: i.Columns.Select(c => c.Column))))
                .Concat(statements.OfType<CreateIndexStatement>()
                    .Where(i => i.Unique && SqlText.Key(i.OnName) == SqlText.Key(table.SchemaObjectName))
                    .Select(i => (Name: i.Name.Value, Columns: i.Columns.Select(c => c.Column))));
            foreach (var (name, keyColumns) in keys)
            {
                foreach (var reference in keyColumns)
                {
                    var columnName = reference.MultiPartIdentifier.Identifiers[^1].Value;
                    if (!columns.TryGetValue(columnName, out var column) || !IsText(column.DataType))
                    {
                        continue;
                    }
                    var collation = column.Collation?.Value;
                    if (collation is null)
                    {
                        problems.Add($"{source}:{column.StartLine}: [{columnName}] has no COLLATE but is in {name}: declare {Portal} (or a _BIN2 collation for a key the code makes)");
                    }
                    else if (collation != Portal && !collation.EndsWith("_BIN2", StringComparison.OrdinalIgnoreCase))
                    {
                        problems.Add($"{source}:{column.StartLine}: [{columnName}] in {name} is {collation}, not {Portal} or a _BIN2 collation");
                    }
                }
            }
        }
        return problems;
    }

    private static bool IsText(DataTypeReference? type) =>
        type is SqlDataTypeReference { SqlDataTypeOption: SqlDataTypeOption.NVarChar or SqlDataTypeOption.VarChar or SqlDataTypeOption.NChar or SqlDataTypeOption.Char };
}
