using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests.Support;

/// <summary>
/// Finds catch-all predicates, "(@p IS NULL OR …)" and "(@p = 0 OR …)", in the queries of procedures, and in the
/// inline functions that procedures call. SQL Server compiles one plan per procedure for the first call's
/// parameters: a catch-all query reuses the plan of one scope or filter for every other, unless the statement says
/// OPTION (RECOMPILE), which lets the optimizer fold the parameters in and drop the branches that do not apply.
/// </summary>
public static class CatchAllRules
{
    /// <summary>Inline functions (by "[dbo].[Name]") whose body holds a catch-all: a statement that reads them inherits it.</summary>
    public static IReadOnlySet<string> CatchAllFunctions(IEnumerable<SqlFile> files) =>
        files.Where(f => f.Script is not null)
            .SelectMany(f => SqlText.Statements(f.Script!).Select(s => s.Statement).OfType<FunctionStatementBody>())
            .Where(function => Find(function).Count > 0)
            .Select(function => SqlText.Key(function.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"file:line: …" for every query statement of a procedure that needs OPTION (RECOMPILE) and lacks it.</summary>
    public static IReadOnlyList<string> Check(TSqlScript script, string source, IReadOnlySet<string> catchAllFunctions)
    {
        var problems = new List<string>();
        foreach (var procedure in SqlText.Statements(script).Select(s => s.Statement).OfType<ProcedureStatementBody>())
        {
            var queries = new QueryFinder();
            procedure.StatementList?.Accept(queries);
            foreach (var query in queries.Found.Where(q => !HasRecompile(q)))
            {
                var predicates = Find(query).Select(p => $"\"{Short(p)}\"");
                var functions = new FunctionReferences();
                query.Accept(functions);
                var inherited = functions.Names.Where(catchAllFunctions.Contains).Select(n => $"{n} (a catch-all inside)");
                var reasons = predicates.Concat(inherited).ToArray();
                if (reasons.Length > 0)
                {
                    problems.Add($"{source}:{query.StartLine}: {string.Join(", ", reasons)} without OPTION (RECOMPILE): one plan would serve every filter");
                }
            }
        }
        return problems;
    }

    private static bool HasRecompile(StatementWithCtesAndXmlNamespaces statement) =>
        statement.OptimizerHints.Any(h => h.HintKind == OptimizerHintKind.Recompile);

    private static IReadOnlyList<BooleanBinaryExpression> Find(TSqlFragment fragment)
    {
        var finder = new PredicateFinder();
        fragment.Accept(finder);
        return finder.Found;
    }

    private static string Short(TSqlFragment fragment)
    {
        var text = SqlText.Canonical(fragment).ReplaceLineEndings(" ");
        return text.Length <= 60 ? text : text[..57] + "...";
    }

    /// <summary>An OR one of whose sides tests only a parameter against NULL or a constant.</summary>
    private sealed class PredicateFinder : TSqlFragmentVisitor
    {
        public List<BooleanBinaryExpression> Found { get; } = [];

        public override void Visit(BooleanBinaryExpression node)
        {
            if (node.BinaryExpressionType == BooleanBinaryExpressionType.Or
                && (IsParameterTest(node.FirstExpression) || IsParameterTest(node.SecondExpression)))
            {
                Found.Add(node);
            }
        }

        private static bool IsParameterTest(BooleanExpression expression) => expression switch
        {
            BooleanParenthesisExpression parenthesis => IsParameterTest(parenthesis.Expression),
            BooleanIsNullExpression { IsNot: false, Expression: VariableReference } => true,
            BooleanComparisonExpression { ComparisonType: BooleanComparisonType.Equals } comparison =>
                comparison.FirstExpression is VariableReference && comparison.SecondExpression is Literal
                || comparison.FirstExpression is Literal && comparison.SecondExpression is VariableReference,
            _ => false,
        };
    }

    /// <summary>The statements that run a query: SELECT (not one that only assigns constants), INSERT, UPDATE, DELETE, MERGE.</summary>
    private sealed class QueryFinder : TSqlFragmentVisitor
    {
        public List<StatementWithCtesAndXmlNamespaces> Found { get; } = [];

        public override void Visit(SelectStatement node) => Found.Add(node);

        public override void Visit(InsertStatement node) => Found.Add(node);

        public override void Visit(UpdateStatement node) => Found.Add(node);

        public override void Visit(DeleteStatement node) => Found.Add(node);

        public override void Visit(MergeStatement node) => Found.Add(node);
    }

    private sealed class FunctionReferences : TSqlFragmentVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

        public override void Visit(SchemaObjectFunctionTableReference node) => Names.Add(SqlText.Key(node.SchemaObject));
    }
}
