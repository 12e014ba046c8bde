using DistrictPortal.Db.Tests.Support;

namespace DistrictPortal.Db.Tests;

/// <summary>
/// Every catch-all query ("@p IS NULL OR …", "@p = 0 OR …") in a procedure, or reading an inline function that holds
/// one, says OPTION (RECOMPILE): otherwise the plan compiled for the first caller's scope and filters serves all.
/// </summary>
public sealed class CatchAllTests
{
    public static TheoryData<string> ProcedureFiles => new(SqlSource.ObjectFiles.Where(f => f.Folder == "StoredProcedures").Select(f => f.RelativePath));

    [Theory]
    [MemberData(nameof(ProcedureFiles))]
    public void Catch_all_queries_recompile(string relativePath)
    {
        var file = SqlSource.File(relativePath);
        Assert.NotNull(file.Script);
        var problems = CatchAllRules.Check(file.Script, relativePath, CatchAllRules.CatchAllFunctions(SqlSource.ObjectFiles));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("[X] = @X OR @X IS NULL")]
    [InlineData("@X IS NULL OR [X] = @X")]
    [InlineData("(@Flag = 0 OR [X] = 1)")]
    [InlineData("(@Flag = 1 OR [IsRetired] = 0)")]
    public void A_catch_all_without_recompile_is_reported(string predicate)
    {
        var problems = Check($"SELECT [X] FROM [dbo].[T] WHERE [Y] = 1 AND ({predicate});");

        Assert.Contains(problems, p => p.Contains("without OPTION (RECOMPILE)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_query_with_recompile_passes_and_a_plain_or_is_no_catch_all()
    {
        Assert.Empty(Check("SELECT [X] FROM [dbo].[T] WHERE @X IS NULL OR [X] = @X OPTION (RECOMPILE);"));
        Assert.Empty(Check("SELECT [X] FROM [dbo].[T] WHERE [X] = @X OR [Y] = @X;"));
        Assert.Empty(Check("IF @X IS NULL OR @X = 0 BEGIN THROW 50400, N'x', 1; END"));
    }

    [Fact]
    public void Reading_a_function_that_holds_a_catch_all_needs_recompile()
    {
        var functions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "[dbo].[Search]" };

        var problems = Check("SELECT @N = COUNT(*) FROM [dbo].[Search](@X);", functions);

        Assert.Contains(problems, p => p.Contains("[dbo].[Search] (a catch-all inside)", StringComparison.Ordinal));
        Assert.Contains("[dbo].[EstateSearch]", CatchAllRules.CatchAllFunctions(SqlSource.ObjectFiles));
    }

    private static IReadOnlyList<string> Check(string body, IReadOnlySet<string>? functions = null)
    {
        var script = SqlSource.Parse(
            $"CREATE PROCEDURE [dbo].[P] @X INT, @Flag BIT, @N INT OUTPUT AS BEGIN SET NOCOUNT ON; {body} END",
            out var errors);
        Assert.Empty(errors);
        return CatchAllRules.Check(script, "test.sql", functions ?? new HashSet<string>());
    }
}
