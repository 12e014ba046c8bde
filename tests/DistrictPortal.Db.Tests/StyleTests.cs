using DistrictPortal.Db.Tests.Support;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests;

/// <summary>T-SQL house style (bitwarden): 4-space indent, upper-case keywords, bracketed [dbo] names, DATETIME2(7).</summary>
public sealed class StyleTests
{
    /// <summary>Keywords that ScriptDom reads as plain identifiers because T-SQL does not reserve them.</summary>
    private static readonly HashSet<string> UnreservedKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "NOCOUNT", "XACT_ABORT", "ROWS", "ROW", "ONLY", "NEXT", "FIRST", "OFFSET", "RECOMPILE", "THROW", "RETURNS",
        "INCLUDE", "OUTPUT", "OUT", "READONLY", "MAX", "TYPE", "PARTITION", "OVER", "UPDLOCK", "HOLDLOCK", "ROWLOCK",
        "NOLOCK", "READPAST", "SERIALIZABLE", "LAST", "MATCHED", "ABSENT", "CONCAT",
    };

    public static TheoryData<string> SqlFiles => new(SqlSource.All.Select(f => f.RelativePath));

    [Theory]
    [MemberData(nameof(SqlFiles))]
    public void Indentation_is_four_spaces(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        var problems = file.Text.Replace("\r\n", "\n").Split('\n')
            .Select((line, i) => (line, number: i + 1))
            .Where(l => l.line.Contains('\t') || l.line.TrimEnd() != l.line || (l.line.Length - l.line.TrimStart(' ').Length) % 4 != 0)
            .Select(l => $"{relativePath}:{l.number}: tabs, trailing spaces or an indent that is not a multiple of 4")
            .ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems));
        Assert.EndsWith("\n", file.Text);
    }

    [Theory]
    [MemberData(nameof(SqlFiles))]
    public void Keywords_are_upper_case(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        Assert.NotNull(file.Script);
        var problems = file.Script.ScriptTokenStream
            .Where(t => IsWord(t.Text) && (t.TokenType != TSqlTokenType.Identifier || UnreservedKeywords.Contains(t.Text)))
            .Where(t => t.Text != t.Text.ToUpperInvariant())
            .Select(t => $"{relativePath}:{t.Line}:{t.Column}: {t.Text} should be {t.Text.ToUpperInvariant()}")
            .ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(SqlFiles))]
    public void Names_types_and_queries_follow_the_house_rules(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        Assert.NotNull(file.Script);
        var rules = new StyleRules(file);
        file.Script.Accept(rules);
        Assert.True(rules.Problems.Count == 0, string.Join(Environment.NewLine, rules.Problems));
    }

    [Theory]
    [MemberData(nameof(SqlFiles))]
    public void Procedures_start_with_SET_NOCOUNT_ON(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        Assert.NotNull(file.Script);
        foreach (var procedure in SqlText.Statements(file.Script).Select(s => s.Statement).OfType<ProcedureStatementBody>())
        {
            // Row-count messages would otherwise reach the client as extra results, and Dapper would count them.
            var body = procedure.StatementList.Statements;
            var first = body is [BeginEndBlockStatement block, ..] ? block.StatementList.Statements.FirstOrDefault() : body.FirstOrDefault();
            Assert.True(
                first is PredicateSetStatement { IsOn: true } set && set.Options.HasFlag(SetOptions.NoCount),
                $"{relativePath}:{procedure.StartLine}: {SqlText.Key(procedure.ProcedureReference.Name)} should start with SET NOCOUNT ON");
        }
    }

    private static bool IsWord(string? text) => !string.IsNullOrEmpty(text) && text.All(c => char.IsAsciiLetter(c) || c == '_');
}
