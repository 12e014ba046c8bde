using System.Globalization;
using System.Text.RegularExpressions;
using DistrictPortal.Data.SqlServer;
using DistrictPortal.Db.Tests.Support;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests;

/// <summary>
/// The migrations are dated, embedded for DbUp, re-runnable, and, replayed in order, produce exactly the objects of
/// the object files: same tables (columns in order, constraints), indexes, types, and procedures, views and
/// functions with the same parameters and the same body (compared as canonical ScriptDom text).
/// </summary>
public sealed partial class MigrationTests
{
    public static TheoryData<string> MigrationFiles => new(SqlSource.Migrations.Select(f => f.RelativePath));

    [Theory]
    [MemberData(nameof(MigrationFiles))]
    public void Migration_is_named_by_date_and_sequence(string relativePath)
    {
        var name = Path.GetFileName(relativePath);
        var match = DatedName().Match(name);
        Assert.True(match.Success, $"{relativePath}: expected YYYY-MM-DD_NN_Description.sql");
        Assert.True(DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"{relativePath}: {match.Groups["date"].Value} is not a date");
    }

    [Fact]
    public void Every_migration_is_embedded_for_DbUp_in_file_order()
    {
        var files = SqlSource.Migrations.Select(f => SqlServerDatabaseMigrator.ResourcePrefix + Path.GetFileName(f.FullPath));
        Assert.Equal(files, SqlServerDatabaseMigrator.EmbeddedScriptNames());
    }

    [Theory]
    [MemberData(nameof(MigrationFiles))]
    public void Migration_is_re_runnable(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        Assert.NotNull(file.Script);
        var problems = new List<string>();
        foreach (var (statement, batch, guarded) in SqlText.Statements(file.Script))
        {
            var where = $"{relativePath}:{statement.StartLine}";
            switch (statement)
            {
                case CreateTableStatement or CreateIndexStatement or CreateTypeStatement or AlterTableAddTableElementStatement
                    or AlterTableDropTableElementStatement or DropIndexStatement:
                    if (!guarded || !GuardOf(batch).Any(IsExistenceTest))
                    {
                        problems.Add($"{where}: {statement.GetType().Name} must sit in IF OBJECT_ID/COL_LENGTH/INDEXPROPERTY/TYPE_ID(...) IS [NOT] NULL");
                    }
                    break;
                case CreateProcedureStatement or CreateViewStatement or CreateFunctionStatement
                    or AlterProcedureStatement or AlterViewStatement or AlterFunctionStatement:
                    problems.Add($"{where}: use CREATE OR ALTER so that the script runs again");
                    break;
            }
            if (statement is ProcedureStatementBody or ViewStatementBody or FunctionStatementBody && batch.Statements.Count != 1)
            {
                problems.Add($"{where}: a procedure, view or function must be alone in its batch (separate with GO)");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(MigrationFiles))]
    public void DbUp_splits_the_migration_into_batches_that_each_parse(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        Assert.NotNull(file.Script);
        // DbUp's own GO splitter, as SqlConnectionManager uses it: what it sends is what must be valid.
        var commands = new DbUp.Support.SqlCommandSplitter().SplitScriptIntoCommands(file.Text).ToArray();

        var problems = commands
            .Select((command, i) => (i, errors: ParseErrors(command)))
            .Where(c => c.errors.Count > 0)
            .Select(c => $"{relativePath}, DbUp command {c.i + 1}: {string.Join("; ", c.errors.Select(e => $"line {e.Line}: {e.Message}"))}")
            .ToList();
        if (commands.Length != file.Script.Batches.Count)
        {
            problems.Add($"{relativePath}: DbUp sends {commands.Length} commands where ScriptDom sees {file.Script.Batches.Count} batches");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Migrations_applied_in_order_produce_exactly_the_object_files()
    {
        var expected = new SchemaSnapshot();
        foreach (var file in SqlSource.ObjectFiles)
        {
            expected.Apply(file, migration: false);
        }
        var actual = new SchemaSnapshot();
        foreach (var file in SqlSource.Migrations)
        {
            actual.Apply(file, migration: true);
        }

        var problems = new List<string>();
        problems.AddRange(expected.Unsupported.Concat(actual.Unsupported));
        Compare("table", expected.Tables.Keys, actual.Tables.Keys, problems, key =>
        {
            var (e, a) = (expected.Tables[key], actual.Tables[key]);
            var columns = e.Columns.Select(c => c.Definition).SequenceEqual(a.Columns.Select(c => c.Definition))
                ? null
                : $"columns differ:\n  object files: {string.Join(" | ", e.Columns.Select(c => c.Definition))}\n  migrations:   {string.Join(" | ", a.Columns.Select(c => c.Definition))}";
            var constraints = Differences(e.Constraints, a.Constraints);
            return columns ?? constraints;
        });
        Compare("index", expected.Indexes.Keys, actual.Indexes.Keys, problems, key => Differ(expected.Indexes[key], actual.Indexes[key]));
        Compare("type", expected.Types.Keys, actual.Types.Keys, problems, key => Differ(expected.Types[key], actual.Types[key]));
        Compare("module", expected.Modules.Keys, actual.Modules.Keys, problems, key =>
            expected.Parameters.TryGetValue(key, out var e) && actual.Parameters.TryGetValue(key, out var a) && !e.SequenceEqual(a)
                ? $"parameters differ:\n  object files: {string.Join(", ", e)}\n  migrations:   {string.Join(", ", a)}"
                : Differ(expected.Modules[key], actual.Modules[key]));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static void Compare(string kind, IEnumerable<string> expected, IEnumerable<string> actual, List<string> problems, Func<string, string?> differ)
    {
        var e = expected.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var a = actual.ToHashSet(StringComparer.OrdinalIgnoreCase);
        problems.AddRange(e.Except(a).Select(k => $"{kind} {k}: in the object files, never created by a migration"));
        problems.AddRange(a.Except(e).Select(k => $"{kind} {k}: created by a migration, missing from the object files"));
        foreach (var key in e.Intersect(a))
        {
            if (differ(key) is { } difference)
            {
                problems.Add($"{kind} {key}: {difference}");
            }
        }
    }

    private static string? Differences(Dictionary<string, string> expected, Dictionary<string, string> actual)
    {
        var keys = expected.Keys.Union(actual.Keys, StringComparer.OrdinalIgnoreCase);
        var different = keys.Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).ToArray();
        return different.Length == 0 ? null : "constraints differ: " + string.Join(", ", different);
    }

    /// <summary>Null when equal; otherwise the first line that differs, which is where to look.</summary>
    private static string? Differ(string expected, string actual)
    {
        if (expected == actual)
        {
            return null;
        }
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        return $"definitions differ at canonical line {line + 1}:\n  object files: {e.ElementAtOrDefault(line)?.Trim()}\n  migrations:   {a.ElementAtOrDefault(line)?.Trim()}";
    }

    private static IList<ParseError> ParseErrors(string command)
    {
        SqlSource.Parse(command, out var errors);
        return errors;
    }

    private static IEnumerable<BooleanExpression> GuardOf(TSqlBatch batch) =>
        batch.Statements.OfType<IfStatement>().Select(s => s.Predicate);

    private static bool IsExistenceTest(BooleanExpression predicate) =>
        ExistenceFunction().IsMatch(SqlText.Canonical(predicate));

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})_\d{2}_[A-Z][A-Za-z0-9]*\.sql$")]
    private static partial Regex DatedName();

    [GeneratedRegex(@"\b(OBJECT_ID|COL_LENGTH|INDEXPROPERTY|TYPE_ID)\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex ExistenceFunction();
}
