using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DistrictPortal.Db.Tests.Support;

/// <summary>
/// The SQL Server release that introduced each built-in function and piece of syntax newer than 2012, so that the
/// scripts can be held to the declared minimum version. Neither ScriptDom's older parsers nor an older DacFx model
/// report a newer built-in (STRING_AGG parses as a call to any function), hence this list.
/// </summary>
public sealed class VersionRules(string source, int minimumVersion) : TSqlFragmentVisitor
{
    /// <summary>The version the project promises (README "Running on SQL Server"): SQL Server 2019.</summary>
    public const int Minimum = 2019;

    /// <summary>Built-in name → the first release that has it. Names of 2012 and older are not listed.</summary>
    public static readonly IReadOnlyDictionary<string, int> Functions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        // 2016
        ["STRING_SPLIT"] = 2016, ["STRING_ESCAPE"] = 2016, ["JSON_VALUE"] = 2016, ["JSON_QUERY"] = 2016,
        ["JSON_MODIFY"] = 2016, ["ISJSON"] = 2016, ["OPENJSON"] = 2016, ["COMPRESS"] = 2016, ["DECOMPRESS"] = 2016,
        ["SESSION_CONTEXT"] = 2016, ["DATEDIFF_BIG"] = 2016,
        // 2017
        ["STRING_AGG"] = 2017, ["TRIM"] = 2017, ["CONCAT_WS"] = 2017, ["TRANSLATE"] = 2017,
        // 2019
        ["APPROX_COUNT_DISTINCT"] = 2019,
        // 2022
        ["GREATEST"] = 2022, ["LEAST"] = 2022, ["DATE_BUCKET"] = 2022, ["DATETRUNC"] = 2022, ["GENERATE_SERIES"] = 2022,
        ["APPROX_PERCENTILE_CONT"] = 2022, ["APPROX_PERCENTILE_DISC"] = 2022, ["JSON_OBJECT"] = 2022, ["JSON_ARRAY"] = 2022,
        ["JSON_PATH_EXISTS"] = 2022, ["LEFT_SHIFT"] = 2022, ["RIGHT_SHIFT"] = 2022, ["BIT_COUNT"] = 2022, ["GET_BIT"] = 2022,
        ["SET_BIT"] = 2022,
        // 2025
        ["REGEXP_LIKE"] = 2025, ["REGEXP_REPLACE"] = 2025, ["REGEXP_SUBSTR"] = 2025, ["REGEXP_INSTR"] = 2025,
        ["REGEXP_COUNT"] = 2025, ["REGEXP_MATCHES"] = 2025, ["REGEXP_SPLIT_TO_TABLE"] = 2025, ["JSON_ARRAYAGG"] = 2025,
        ["JSON_OBJECTAGG"] = 2025, ["JSON_CONTAINS"] = 2025, ["BASE64_ENCODE"] = 2025, ["BASE64_DECODE"] = 2025,
        ["PRODUCT"] = 2025, ["UNISTR"] = 2025, ["EDIT_DISTANCE"] = 2025, ["EDIT_DISTANCE_SIMILARITY"] = 2025,
        ["JARO_WINKLER_DISTANCE"] = 2025, ["JARO_WINKLER_SIMILARITY"] = 2025, ["CURRENT_DATE"] = 2025,
    };

    /// <summary>Built-ins whose newer form is an extra argument: name → (arguments from which it is new, release).</summary>
    private static readonly IReadOnlyDictionary<string, (int Arguments, int Version)> NewerArities =
        new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase)
        {
            ["STRING_SPLIT"] = (3, 2022),   // enable_ordinal
            ["LTRIM"] = (2, 2022),          // characters to trim
            ["RTRIM"] = (2, 2022),
            ["ISJSON"] = (2, 2022),         // json_type_constraint
            ["SUBSTRING"] = (-2, 2025),     // exactly two: length optional
        };

    public List<string> Problems { get; } = [];

    /// <summary>The problems of one script against a version: what the unit tests feed by hand.</summary>
    public static IReadOnlyList<string> Check(TSqlFragment script, string source, int version)
    {
        var rules = new VersionRules(source, version);
        script.Accept(rules);
        return rules.Problems;
    }

    public override void Visit(FunctionCall node)
    {
        if (node.CallTarget is not null)
        {
            return;
        }
        var name = node.FunctionName.Value;
        if (Functions.TryGetValue(name, out var version))
        {
            Require(node, version, $"{name.ToUpperInvariant()}()");
        }
        if (NewerArities.TryGetValue(name, out var arity)
            && (arity.Arguments < 0 ? node.Parameters.Count == -arity.Arguments : node.Parameters.Count >= arity.Arguments))
        {
            Require(node, arity.Version, $"{name.ToUpperInvariant()} with {node.Parameters.Count} arguments");
        }
    }

    /// <summary>STRING_SPLIT, OPENJSON and GENERATE_SERIES in a FROM clause are table-valued: not FunctionCalls.</summary>
    public override void Visit(SchemaObjectFunctionTableReference node)
    {
        if (node.SchemaObject.SchemaIdentifier is null && Functions.TryGetValue(node.SchemaObject.BaseIdentifier.Value, out var version))
        {
            Require(node, version, $"{node.SchemaObject.BaseIdentifier.Value.ToUpperInvariant()}()");
            if (NewerArities.TryGetValue(node.SchemaObject.BaseIdentifier.Value, out var arity) && arity.Arguments > 0
                && node.Parameters.Count >= arity.Arguments)
            {
                Require(node, arity.Version, $"{node.SchemaObject.BaseIdentifier.Value.ToUpperInvariant()} with {node.Parameters.Count} arguments");
            }
        }
    }

    public override void Visit(GlobalFunctionTableReference node)
    {
        var name = node.Name.Value;
        if (Functions.TryGetValue(name, out var version))
        {
            Require(node, version, $"{name.ToUpperInvariant()}()");
        }
        if (NewerArities.TryGetValue(name, out var arity) && arity.Arguments > 0 && node.Parameters.Count >= arity.Arguments)
        {
            Require(node, arity.Version, $"{name.ToUpperInvariant()} with {node.Parameters.Count} arguments");
        }
    }

    public override void Visit(OpenJsonTableReference node) => Require(node, 2016, "OPENJSON");

    public override void Visit(DistinctPredicate node) => Require(node, 2022, "IS [NOT] DISTINCT FROM");

    public override void Visit(WindowClause node) => Require(node, 2022, "WINDOW clause");

    public override void Visit(AtTimeZoneCall node) => Require(node, 2016, "AT TIME ZONE");

    public override void Visit(CreateOrAlterProcedureStatement node) => Require(node, 2016, "CREATE OR ALTER");

    public override void Visit(CreateOrAlterViewStatement node) => Require(node, 2016, "CREATE OR ALTER");

    public override void Visit(CreateOrAlterFunctionStatement node) => Require(node, 2016, "CREATE OR ALTER");

    private void Require(TSqlFragment node, int version, string what)
    {
        if (version > minimumVersion)
        {
            Problems.Add($"{source}:{node.StartLine}: {what} needs SQL Server {version}; the minimum is {minimumVersion}");
        }
    }
}
