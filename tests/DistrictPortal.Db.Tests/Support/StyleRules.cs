using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests.Support;

/// <summary>
/// The bitwarden house style that ScriptDom can see: [dbo].[Bracketed] names, upper-case data types and built-in
/// functions, DATETIME2(7) for times, no SELECT * (the column checks need explicit lists), no dynamic SQL.
/// </summary>
public sealed class StyleRules(SqlFile file) : TSqlFragmentVisitor
{
    public List<string> Problems { get; } = [];

    public override void ExplicitVisit(SqlDataTypeReference node)
    {
        // Not base: a data type's name is a SchemaObjectName that must not be bracketed like a table's.
        var name = node.Name.BaseIdentifier.Value;
        if (name != name.ToUpperInvariant())
        {
            Add(node, $"data type {name} should be upper-case");
        }
        switch (node.SqlDataTypeOption)
        {
            case SqlDataTypeOption.DateTime or SqlDataTypeOption.SmallDateTime:
                Add(node, $"{name}: times are DATETIME2(7)");
                break;
            case SqlDataTypeOption.DateTime2 when node.Parameters.Count != 1 || node.Parameters[0].Value != "7":
                Add(node, "DATETIME2 needs its precision spelt out: DATETIME2(7)");
                break;
            case SqlDataTypeOption.Text or SqlDataTypeOption.NText or SqlDataTypeOption.Image:
                Add(node, $"{name} is deprecated: use NVARCHAR(MAX) or VARBINARY(MAX)");
                break;
        }
    }

    public override void Visit(SchemaObjectName node)
    {
        if (node.BaseIdentifier.Value.StartsWith('#'))
        {
            return;
        }
        if (node.SchemaIdentifier is not { Value: "dbo", QuoteType: QuoteType.SquareBracket }
            || node.BaseIdentifier.QuoteType != QuoteType.SquareBracket
            || node.DatabaseIdentifier is not null
            || node.ServerIdentifier is not null)
        {
            Add(node, $"{SqlText.Canonical(node)} should be written [dbo].[{node.BaseIdentifier.Value}]");
        }
    }

    public override void Visit(FunctionCall node)
    {
        var name = node.FunctionName.Value;
        if (node.CallTarget is null && node.FunctionName.QuoteType == QuoteType.NotQuoted && name != name.ToUpperInvariant())
        {
            Add(node, $"built-in {name} should be upper-case");
        }
    }

    public override void Visit(SelectStarExpression node) =>
        Add(node, "SELECT * hides the result's columns from the checks: list them");

    public override void Visit(ExecuteSpecification node)
    {
        if (node.ExecutableEntity is ExecutableStringList
            || node.ExecutableEntity is ExecutableProcedureReference { ProcedureReference.ProcedureReference.Name.BaseIdentifier.Value: var name }
                && name.Equals("sp_executesql", StringComparison.OrdinalIgnoreCase))
        {
            Add(node, "no dynamic SQL");
        }
    }

    private void Add(TSqlFragment node, string problem) => Problems.Add($"{file.RelativePath}:{node.StartLine}: {problem}");
}
