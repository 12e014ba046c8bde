using DistrictPortal.Db.Tests.Support;

namespace DistrictPortal.Db.Tests;

/// <summary>
/// Every script runs on the minimum version the README promises (<see cref="VersionRules.Minimum"/>): no built-in
/// function or syntax of a later release. The parser and DacFx used elsewhere are 2022's and accept anything newer.
/// </summary>
public sealed class MinimumVersionTests
{
    public static TheoryData<string> SqlFiles => new(SqlSource.All.Select(f => f.RelativePath));

    [Theory]
    [MemberData(nameof(SqlFiles))]
    public void Script_uses_only_what_the_minimum_version_has(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        Assert.NotNull(file.Script);
        var problems = VersionRules.Check(file.Script, relativePath, VersionRules.Minimum);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("SELECT GREATEST(1, 2) AS [G];", "GREATEST() needs SQL Server 2022")]
    [InlineData("SELECT LEAST(1, 2) AS [L];", "LEAST() needs SQL Server 2022")]
    [InlineData("SELECT DATE_BUCKET(WEEK, 1, SYSUTCDATETIME()) AS [B];", "DATE_BUCKET() needs SQL Server 2022")]
    [InlineData("SELECT [value] FROM STRING_SPLIT(N'a,b', N',', 1);", "STRING_SPLIT with 3 arguments needs SQL Server 2022")]
    [InlineData("SELECT 1 AS [X] WHERE 1 IS DISTINCT FROM 2;", "IS [NOT] DISTINCT FROM needs SQL Server 2022")]
    [InlineData("SELECT 1 AS [X] WHERE 1 IS NOT DISTINCT FROM 1;", "IS [NOT] DISTINCT FROM needs SQL Server 2022")]
    [InlineData("SELECT JSON_OBJECT('a': 1) AS [J];", "JSON_OBJECT() needs SQL Server 2022")]
    [InlineData("SELECT LTRIM(N'xxa', N'x') AS [T];", "LTRIM with 2 arguments needs SQL Server 2022")]
    [InlineData("SELECT [value] FROM GENERATE_SERIES(1, 10);", "GENERATE_SERIES() needs SQL Server 2022")]
    [InlineData("SELECT SUM([a]) OVER w AS [S] FROM [dbo].[T] WINDOW w AS (ORDER BY [a]);", "WINDOW clause needs SQL Server 2022")]
    [InlineData("SELECT APPROX_PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY [a]) AS [P] FROM [dbo].[T];", "APPROX_PERCENTILE_CONT() needs SQL Server 2022")]
    [InlineData("SELECT DATETRUNC(MONTH, SYSUTCDATETIME()) AS [D];", "DATETRUNC() needs SQL Server 2022")]
    public void A_function_or_syntax_newer_than_the_minimum_is_reported(string script, string expected)
    {
        var parsed = SqlSource.Parse(script, out var errors);
        Assert.Empty(errors);

        var problems = VersionRules.Check(parsed, "test.sql", VersionRules.Minimum);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SELECT STRING_AGG([a], N',') AS [A] FROM [dbo].[T];", 2016, "STRING_AGG() needs SQL Server 2017")]
    [InlineData("SELECT TRIM(N' a ') AS [T];", 2016, "TRIM")]
    [InlineData("SELECT CONCAT_WS(N',', N'a', N'b') AS [C];", 2016, "CONCAT_WS() needs SQL Server 2017")]
    [InlineData("SELECT TRANSLATE(N'ab', N'a', N'b') AS [T];", 2016, "TRANSLATE() needs SQL Server 2017")]
    [InlineData("SELECT [value] FROM STRING_SPLIT(N'a,b', N',');", 2014, "STRING_SPLIT() needs SQL Server 2016")]
    public void The_list_knows_each_release(string script, int version, string expected)
    {
        var parsed = SqlSource.Parse(script, out var errors);
        Assert.Empty(errors);

        Assert.Contains(VersionRules.Check(parsed, "test.sql", version), p => p.Contains(expected, StringComparison.Ordinal));
        Assert.Empty(VersionRules.Check(parsed, "test.sql", 2025));
    }

    [Fact]
    public void What_the_minimum_has_passes()
    {
        var parsed = SqlSource.Parse(
            "SELECT STRING_AGG(CONVERT(NVARCHAR (20), [a]), N',') AS [A], [value] FROM [dbo].[T] CROSS APPLY STRING_SPLIT(N'a', N',');",
            out var errors);
        Assert.Empty(errors);

        Assert.Empty(VersionRules.Check(parsed, "test.sql", VersionRules.Minimum));
    }
}
