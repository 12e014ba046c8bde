using System.Text.RegularExpressions;
using DistrictPortal.Db.Tests.Support;

namespace DistrictPortal.Db.Tests;

/// <summary>
/// The guarantees that make the reflection checks complete: the SQL Server project holds no SQL text, reaches
/// Dapper only through Procedures/ProcedureCalls.cs (so every call is a call record), and constructs every
/// call record it declares (so "has a caller" means a real caller). Read from the C# source, comments removed.
/// </summary>
public sealed partial class CSharpSourceTests
{
    private const string Helper = "Procedures/ProcedureCalls.cs";

    private static readonly string ProjectRoot = Path.Combine(SqlSource.RepositoryRoot, "src", "DistrictPortal.Data.SqlServer");

    private static readonly Lazy<IReadOnlyList<(string Path, string Code)>> Sources = new(() =>
        Directory.EnumerateFiles(ProjectRoot, "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(ProjectRoot, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith("bin/", StringComparison.Ordinal) && !p.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, WithoutComments(File.ReadAllText(Path.Combine(ProjectRoot, p)))))
            .ToArray());

    [Fact]
    public void The_sources_are_found()
    {
        Assert.Contains(Sources.Value, s => s.Path == Helper);
        Assert.True(Sources.Value.Count >= 10, $"Only {Sources.Value.Count} C# files under {ProjectRoot}.");
    }

    [Fact]
    public void Only_the_helper_uses_Dapper_or_sets_a_command_type()
    {
        var bypasses = Sources.Value
            .Where(s => s.Path != Helper && (DapperOrCommandType().IsMatch(s.Code)))
            .Select(s => s.Path)
            .ToArray();
        Assert.True(bypasses.Length == 0, $"Calls must go through {Helper} (call records), not Dapper directly: " + string.Join(", ", bypasses));

        var project = File.ReadAllText(Path.Combine(ProjectRoot, "DistrictPortal.Data.SqlServer.csproj"));
        Assert.DoesNotContain("Using Include=\"Dapper\"", project, StringComparison.Ordinal);
    }

    [Fact]
    public void No_SQL_text_in_the_CSharp()
    {
        var sql = Sources.Value
            .SelectMany(s => StringLiteral().Matches(s.Code).Select(m => (s.Path, Literal: m.Value)))
            .Where(l => SqlKeyword().IsMatch(l.Literal))
            .Select(l => $"{l.Path}: {l.Literal}")
            .ToArray();
        Assert.True(sql.Length == 0, "SQL belongs in db/sqlserver procedures: " + string.Join(Environment.NewLine, sql));
    }

    public static TheoryData<string> Calls => new(ProcedureCall.All.Select(c => c.Record.Name));

    [Theory]
    [MemberData(nameof(Calls))]
    public void Every_call_record_is_used(string record)
    {
        var word = new Regex($@"\b{Regex.Escape(record)}\b");
        var users = Sources.Value.Where(s => !s.Path.StartsWith("Procedures/", StringComparison.Ordinal) && word.IsMatch(s.Code)).ToArray();
        Assert.True(users.Length > 0, $"{record} is declared but nothing outside Procedures/ uses it, so its procedure has no real caller.");
    }

    private static string WithoutComments(string code) => Comment().Replace(code, "");

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\bDapper\b|\bCommandType\.|\bSqlCommand\b")]
    private static partial Regex DapperOrCommandType();

    [GeneratedRegex(@"""(?:\\.|[^""\\\n])*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\b(SELECT|INSERT|UPDATE|DELETE|MERGE|EXEC|EXECUTE|CREATE|ALTER|DROP|TRUNCATE|WHERE|FROM)\b")]
    private static partial Regex SqlKeyword();
}
