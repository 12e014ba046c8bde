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

    // Each filter is off while its parameter is NULL, so one fixed text serves every combination. Estates' nodes are
    // all of level 5; saying so lets the path seek use IX_Node_Level_Path and the name sort IX_Node_Level_Name.
    private const string WhereQuery = """
        WHERE n.Level = 5 AND n.Path >= @ScopeFrom AND n.Path < @ScopeTo
        """ + WhereFilters;

    // The same filters with the path test hidden from the planner (unary +): over a district or the city nearly every
    // estate is in scope, so walking a sort key's index and stopping after one page beats seeking 50,000 paths and
    // sorting them.
    private const string WhereQueryWalkingSortIndex = """
        WHERE n.Level = 5 AND +n.Path >= @ScopeFrom AND +n.Path < @ScopeTo
        """ + WhereFilters;

    private const string WhereFilters = """

          AND (@IncludeRetired = 1 OR n.IsRetired = 0)
          AND (@Text IS NULL OR n.Name LIKE @Text ESCAPE '\' OR e.Address LIKE @Text ESCAPE '\')
          AND (@CommunityId IS NULL OR n.ParentId = @CommunityId)
          AND (@Class IS NULL OR e.Class = @Class)
          AND (@Status IS NULL OR e.Status = @Status)
          AND ((1 << e.Mode) & @ExceptModes) = 0
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

        // The count needs only the estate and its node. The page picks its 50 ids on the sort key alone, then joins
        // the community and sub-district names for those 50 rows only.
        var (from, where) = PageSource(query);
        var order = SortOrder(query.Sort, query.Descending);
        var sql = $"""
            SELECT COUNT(*) FROM Estate e JOIN Node n ON n.Id = e.Id {WhereQuery};
            {SelectEstate} {FromEstate}
            WHERE e.Id IN (SELECT e.Id {from} {where} ORDER BY {order} LIMIT @Take OFFSET @Skip)
            ORDER BY {order};
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

    public async Task<IReadOnlyList<SubDistrictClassSubtotal>> SubtotalsBySubDistrictAsync(EstateQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = $"""
            SELECT s.Id AS SubDistrictId, s.Name AS SubDistrictName, COUNT(*) AS Total,
                   SUM(CASE WHEN e.Class = 1 THEN 1 ELSE 0 END) AS ClassOne,
                   SUM(CASE WHEN e.Class = 2 THEN 1 ELSE 0 END) AS ClassTwo,
                   SUM(CASE WHEN e.Class = 3 THEN 1 ELSE 0 END) AS ClassThree,
                   SUM(CASE WHEN e.Class IN (1, 2, 3) THEN 0 ELSE 1 END) AS Unclassified
            FROM Estate e
            JOIN Node n ON n.Id = e.Id
            JOIN Node c ON c.Id = n.ParentId
            JOIN Node s ON s.Id = c.ParentId
            {WhereQuery}
            GROUP BY s.Id, s.Name, s.SortOrder
            ORDER BY s.SortOrder, s.Name COLLATE NOCASE, s.Id
            """;
        await using var connection = await connections.OpenAsync();
        var rows = await connection.QueryAsync<SubDistrictClassSubtotal>(sql, FilterParameters(query));
        return rows.AsList();
    }

    public async Task<IReadOnlyList<Estate>> ListAfterPathAsync(string scopePath, string? afterPath, int take)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var rows = await connection.QueryAsync<Estate>(
            $"""
            {SelectEstate} {FromEstate}
            WHERE (@after IS NULL OR n.Path > @after) AND n.Path < @scopeTo AND n.Path >= @scopeFrom AND n.IsRetired = 0
            ORDER BY n.Path
            LIMIT @take
            """,
            // No "after" is no lower bound but the scope's: "Path > scope" left out the scope itself, so the export of a
            // single estate (whose path is the scope) was empty here while SQL Server's LIKE included it.
            new { scopeFrom, scopeTo, after = afterPath, take = Math.Clamp(take, 1, MaxPageSize) });
        return rows.AsList();
    }

    public async IAsyncEnumerable<Estate> StreamAsync(EstateQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // One statement read row by row (Dapper unbuffered): no count, no OFFSET pages (the paged export re-counted and
        // re-skipped for each of 50 pages of a city). Over a district or the city the name sort walks its index.
        var wide = query.CommunityId is null && Core.Hierarchy.Scope.Ids(query.ScopePath ?? "").Count < 3;
        var where = query.Sort == EstateSort.Name && wide ? WhereQueryWalkingSortIndex : WhereQuery;
        var sql = $"{SelectEstate} {FromEstate} {where} ORDER BY {SortOrder(query.Sort, query.Descending)}";
        await using var connection = await connections.OpenAsync();
        await foreach (var estate in connection.QueryUnbufferedAsync<Estate>(sql, FilterParameters(query)))
            yield return estate;
    }

    /// <summary>
    /// Where a page's ids come from. Up to a sub-district (or one community) the path seek finds a few hundred estates
    /// and sorting them is nothing. Over a district or the city the sort key's index is walked in order instead
    /// (IX_Node_Level_Name for names, the Estate key indexes of 0007 for the rest, CROSS JOIN fixing the estate as
    /// the outer loop), so the first pages read 50 rows rather than sorting 50,000 by a NOCASE name.
    /// The community's name is a joined key: that sort still sorts, on ids and names only.
    /// </summary>
    private static (string From, string Where) PageSource(EstateQuery query)
    {
        const string byNode = "FROM Estate e JOIN Node n ON n.Id = e.Id";
        var wide = query.CommunityId is null && Core.Hierarchy.Scope.Ids(query.ScopePath ?? "").Count < 3;
        return query.Sort switch
        {
            EstateSort.Community => ($"{byNode} JOIN Node c ON c.Id = n.ParentId", WhereQuery),
            EstateSort.Name => (byNode, wide ? WhereQueryWalkingSortIndex : WhereQuery),
            _ when wide => ("FROM Estate e CROSS JOIN Node n ON n.Id = e.Id", WhereQueryWalkingSortIndex),
            _ => (byNode, WhereQuery),
        };
    }

    /// <summary>The whitelist of sort keys: the only SQL text a query chooses. Ties go by id in the same direction.</summary>
    private static string SortOrder(EstateSort sort, bool descending)
    {
        var direction = descending ? "DESC" : "ASC";
        return sort switch
        {
            // n.Id for names (the rowid at the end of IX_Node_Level_Name), e.Id for Estate's keys (the end of theirs).
            EstateSort.Name => $"n.Name COLLATE NOCASE {direction}, n.Id {direction}",
            EstateSort.Community => $"c.Name COLLATE NOCASE {direction}, n.Id {direction}",
            EstateSort.Class => $"e.Class {direction}, e.Id {direction}",
            EstateSort.Status => $"e.Status {direction}, e.Id {direction}",
            EstateSort.YearBuilt => $"e.YearBuilt {direction}, e.Id {direction}",
            EstateSort.Households => $"e.Households {direction}, e.Id {direction}",
            EstateSort.FloorArea => $"CAST(e.FloorArea AS REAL) {direction}, e.Id {direction}",
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Unknown estate sort."),
        };
    }

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
        parameters.Add("ExceptModes", query.ExceptModeMask);
        parameters.Add("SixHavesComplete", query.SixHavesComplete);
        parameters.Add("AllSixHaves", (int)SixHaves.All);
        return parameters;
    }
}
