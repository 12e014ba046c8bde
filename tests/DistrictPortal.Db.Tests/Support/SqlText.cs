using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests.Support;

/// <summary>Canonical text of ScriptDom fragments: formatting, comments and keyword case do not matter.</summary>
public static class SqlText
{
    private static readonly Sql160ScriptGenerator Generator = new(new SqlScriptGeneratorOptions
    {
        KeywordCasing = KeywordCasing.Uppercase,
        IncludeSemicolons = true,
    });

    public static string Canonical(TSqlFragment fragment)
    {
        Generator.GenerateScript(fragment, out var script);
        return script.Trim();
    }

    /// <summary>"[dbo].[Node]": the schema defaults to dbo, brackets always, the case as written.</summary>
    public static string Key(SchemaObjectName name) =>
        $"[{name.SchemaIdentifier?.Value ?? "dbo"}].[{name.BaseIdentifier.Value}]";

    /// <summary>The statements of a script in order, looking inside IF, BEGIN…END and TRY…CATCH.</summary>
    public static IEnumerable<(TSqlStatement Statement, TSqlBatch Batch, bool Guarded)> Statements(TSqlScript script)
    {
        foreach (var batch in script.Batches)
        {
            foreach (var statement in batch.Statements)
            {
                foreach (var inner in Flatten(statement, guarded: false))
                {
                    yield return (inner.Statement, batch, inner.Guarded);
                }
            }
        }
    }

    private static IEnumerable<(TSqlStatement Statement, bool Guarded)> Flatten(TSqlStatement statement, bool guarded)
    {
        switch (statement)
        {
            case IfStatement branch:
                foreach (var inner in Flatten(branch.ThenStatement, guarded: true))
                {
                    yield return inner;
                }
                if (branch.ElseStatement is not null)
                {
                    foreach (var inner in Flatten(branch.ElseStatement, guarded: true))
                    {
                        yield return inner;
                    }
                }
                break;
            case BeginEndBlockStatement block:
                foreach (var inner in block.StatementList.Statements.SelectMany(s => Flatten(s, guarded)))
                {
                    yield return inner;
                }
                break;
            case TryCatchStatement tryCatch:
                foreach (var inner in tryCatch.TryStatements.Statements.SelectMany(s => Flatten(s, guarded)))
                {
                    yield return inner;
                }
                break;
            default:
                yield return (statement, guarded);
                break;
        }
    }
}
