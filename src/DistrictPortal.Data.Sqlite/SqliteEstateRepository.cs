using Dapper;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// The estate registry on SQLite: lookups and the registry search here, writes in
/// SqliteEstateRepository.Writes.cs. An estate's name and community live in its Node row; reads join them in.
/// </summary>
public sealed partial class SqliteEstateRepository(SqliteConnectionFactory connections) : IEstateRepository
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    private const string SelectEstate = """
        SELECT n.Id, n.ParentId AS CommunityId, n.Name, e.Address, e.YearBuilt, e.IsCompleteSet, e.Buildings,
               e.Households, e.FloorArea, e.ManagementRoomArea, e.IsManagementRoomInterim, e.Class, e.Status,
               e.Mode, e.IsPilot, e.IsBenchmark, e.SixHaves, e.EightHaves, n.IsRetired, e.Version,
               c.Name AS CommunityName, IFNULL(s.Id, 0) AS SubDistrictId, IFNULL(s.Name, '') AS SubDistrictName, n.Path
        """;

    private const string FromEstate = """
        FROM Estate e
        JOIN Node n ON n.Id = e.Id
        JOIN Node c ON c.Id = n.ParentId
        LEFT JOIN Node s ON s.Id = c.ParentId
        """;

    // Each filter is off while its parameter is NULL, so one fixed text serves every combination.
    private const string WhereQuery = """
        WHERE n.Path >= @ScopeFrom AND n.Path < @ScopeTo
          AND (@IncludeRetired = 1 OR n.IsRetired = 0)
          AND (@Text IS NULL OR n.Name LIKE @Text ESCAPE '\' OR e.Address LIKE @Text ESCAPE '\')
          AND (@CommunityId IS NULL OR n.ParentId = @CommunityId)
          AND (@Class IS NULL OR e.Class = @Class)
          AND (@Status IS NULL OR e.Status = @Status)
          AND (@SixHavesComplete IS NULL OR ((e.SixHaves & @AllSixHaves) = @AllSixHaves) = @SixHavesComplete)
        """;

    public async Task<Estate?> GetByIdAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<Estate>(
            $"{SelectEstate} {FromEstate} WHERE e.Id = @id", new { id });
    }

    public async Task<PagedResult<Estate>> SearchAsync(EstateQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var pageSize = query.PageSize <= 0 ? DefaultPageSize : Math.Min(query.PageSize, MaxPageSize);
        var parameters = FilterParameters(query);
        parameters.Add("Take", pageSize);
        parameters.Add("Skip", (long)(page - 1) * pageSize);

        var direction = query.Descending ? "DESC" : "ASC";
        var sql = $"""
            SELECT COUNT(*) {FromEstate} {WhereQuery};
            {SelectEstate} {FromEstate} {WhereQuery}
            ORDER BY {SortColumn(query.Sort)} {direction}, n.Id {direction}
            LIMIT @Take OFFSET @Skip;
            """;

        await using var connection = await connections.OpenAsync();
        // One read transaction so the total and the page come from the same snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var results = await connection.QueryMultipleAsync(sql, parameters, transaction);
        var total = await results.ReadSingleAsync<int>();
        var items = (await results.ReadAsync<Estate>()).AsList();
        return new PagedResult<Estate>(items, total, page, pageSize);
    }

    public async Task<IReadOnlyList<CommunityClassSubtotal>> SubtotalsByCommunityAsync(EstateQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = $"""
            SELECT c.Id AS CommunityId, c.Name AS CommunityName, COUNT(*) AS Total,
                   SUM(CASE WHEN e.Class = 1 THEN 1 ELSE 0 END) AS ClassOne,
                   SUM(CASE WHEN e.Class = 2 THEN 1 ELSE 0 END) AS ClassTwo,
                   SUM(CASE WHEN e.Class = 3 THEN 1 ELSE 0 END) AS ClassThree,
                   SUM(CASE WHEN e.Class IN (1, 2, 3) THEN 0 ELSE 1 END) AS Unclassified
            {FromEstate} {WhereQuery}
            GROUP BY c.Id, c.Name, c.SortOrder
            ORDER BY c.SortOrder, c.Name COLLATE NOCASE, c.Id
            """;
        await using var connection = await connections.OpenAsync();
        var rows = await connection.QueryAsync<CommunityClassSubtotal>(sql, FilterParameters(query));
        return rows.AsList();
    }

    public async Task<IReadOnlyList<Estate>> ListAfterPathAsync(string scopePath, string? afterPath, int take)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var rows = await connection.QueryAsync<Estate>(
            $"""
            {SelectEstate} {FromEstate}
            WHERE n.Path > @after AND n.Path < @scopeTo AND n.Path >= @scopeFrom AND n.IsRetired = 0
            ORDER BY n.Path
            LIMIT @take
            """,
            new { scopeFrom, scopeTo, after = afterPath ?? scopeFrom, take = Math.Clamp(take, 1, MaxPageSize) });
        return rows.AsList();
    }

    /// <summary>The whitelist of sort keys: the only SQL text a query chooses.</summary>
    private static string SortColumn(EstateSort sort) => sort switch
    {
        EstateSort.Name => "n.Name COLLATE NOCASE",
        EstateSort.Community => "c.Name COLLATE NOCASE",
        EstateSort.Class => "e.Class",
        EstateSort.Status => "e.Status",
        EstateSort.YearBuilt => "e.YearBuilt",
        EstateSort.Households => "e.Households",
        EstateSort.FloorArea => "CAST(e.FloorArea AS REAL)",
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Unknown estate sort."),
    };

    private static DynamicParameters FilterParameters(EstateQuery query)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(query.ScopePath);
        var parameters = new DynamicParameters();
        parameters.Add("ScopeFrom", scopeFrom);
        parameters.Add("ScopeTo", scopeTo);
        parameters.Add("IncludeRetired", query.IncludeRetired);
        parameters.Add("Text", SqlFragments.ContainsPattern(query.Text));
        parameters.Add("CommunityId", query.CommunityId);
        parameters.Add("Class", (int?)query.Class);
        parameters.Add("Status", (int?)query.Status);
        parameters.Add("SixHavesComplete", query.SixHavesComplete);
        parameters.Add("AllSixHaves", (int)SixHaves.All);
        return parameters;
    }
}
