using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests.Support;

/// <summary>What a caller needs to know of a stored procedure: its parameters and the columns of its final SELECT.</summary>
public sealed record ProcedureShape(
    string Name,
    SqlFile File,
    IReadOnlyList<ProcedureShape.Parameter> Parameters,
    IReadOnlyList<string>? ResultColumns)
{
    /// <param name="Name">Without the @.</param>
    /// <param name="Type">Null for a user-defined type (a table type: see <paramref name="TypeText"/>).</param>
    public sealed record Parameter(string Name, SqlDataTypeOption? Type, string TypeText, bool IsOutput, bool HasDefault, bool IsReadOnly);

    public static IReadOnlyDictionary<string, ProcedureShape> FromObjectFiles() =>
        SqlSource.ObjectFiles
            .Where(f => f.Script is not null)
            .SelectMany(f => SqlText.Statements(f.Script!).Select(s => s.Statement).OfType<ProcedureStatementBody>()
                .Select(p => From(p, f)))
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public static ProcedureShape From(ProcedureStatementBody procedure, SqlFile file) => new(
        SqlText.Key(procedure.ProcedureReference.Name),
        file,
        procedure.Parameters.Select(p => new Parameter(
            p.VariableName.Value.TrimStart('@'),
            (p.DataType as SqlDataTypeReference)?.SqlDataTypeOption,
            SqlText.Canonical(p.DataType),
            p.Modifier == ParameterModifier.Output,
            p.Value is not null,
            p.Modifier == ParameterModifier.ReadOnly)).ToArray(),
        FinalSelectColumns(procedure));

    /// <summary>
    /// The column names of the last SELECT that returns rows (assignments to variables and SELECT … INTO do not
    /// count); null when the procedure returns none. "*" stands for a star, which the style rules forbid.
    /// </summary>
    private static IReadOnlyList<string>? FinalSelectColumns(ProcedureStatementBody procedure)
    {
        var finder = new ResultSelectFinder();
        procedure.StatementList?.Accept(finder);
        if (finder.Last is null)
        {
            return null;
        }
        return finder.Last.SelectElements.Select(element => element switch
        {
            SelectScalarExpression { ColumnName: { } alias } => alias.Value,
            SelectScalarExpression { Expression: ColumnReferenceExpression column } =>
                column.MultiPartIdentifier.Identifiers[^1].Value,
            SelectScalarExpression other => $"(unnamed: {SqlText.Canonical(other)})",
            SelectStarExpression => "*",
            _ => $"(unexpected: {element.GetType().Name})",
        }).ToArray();
    }

    private sealed class ResultSelectFinder : TSqlFragmentVisitor
    {
        public QuerySpecification? Last { get; private set; }

        public override void ExplicitVisit(SelectStatement node)
        {
            var query = First(node.QueryExpression);
            var assignsVariables = query?.SelectElements.All(e => e is SelectSetVariable) ?? false;
            if (query is not null && node.Into is null && !assignsVariables)
            {
                Last = query;
            }
            // Subqueries are QueryExpressions, not SelectStatements: nothing below can be a result set.
        }

        private static QuerySpecification? First(QueryExpression expression) => expression switch
        {
            QuerySpecification specification => specification,
            BinaryQueryExpression union => First(union.FirstQueryExpression),
            QueryParenthesisExpression parenthesis => First(parenthesis.QueryExpression),
            _ => null,
        };
    }
}
