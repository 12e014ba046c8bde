-- 2026-12-04_20_PlansRecompileAndLineage: catch-all filters ("@p IS NULL OR …", "@p = 0 OR …", and the queries
-- reading [dbo].[EstateSearch]) say OPTION (RECOMPILE), so one scope's plan no longer serves every other; the lineage
-- splits the node's path into ids and seeks them instead of scanning every node with LIKE. CREATE OR ALTER: re-runnable.

-- Orders of the sub-districts under @ScopePath (open ones only when asked): open first, then newest raised first
-- (Id breaks ties). An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[SupervisionOrder_ReadByScopePath]
    @ScopePath NVARCHAR (200),
    @OpenOnly BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [Reason],
        [RaisedUtc],
        [ClosedUtc],
        [CloseNote],
        [ClosedByName],
        [Version]
    FROM
        [dbo].[SupervisionOrderView]
    WHERE
        @ScopePath <> N''
        AND [SubDistrictPath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND (@OpenOnly = 0 OR [ClosedUtc] IS NULL)
    ORDER BY
        CASE WHEN [ClosedUtc] IS NULL THEN 0 ELSE 1 END ASC,
        [RaisedUtc] DESC,
        [Id] DESC
    OPTION (RECOMPILE);
END
GO

-- Nodes of one level under a scope path (the scope node itself included when it has that level). An empty
-- scope names no node and matches nothing; the path's characters are taken literally, never as wildcards.
CREATE OR ALTER PROCEDURE [dbo].[Node_ReadByLevel]
    @ScopePath NVARCHAR (200),
    @Level INT,
    @IncludeRetired BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [ParentId],
        [Level],
        [Name],
        [Path],
        [IsRetired],
        [SortOrder],
        [Version]
    FROM
        [dbo].[NodeView]
    WHERE
        @ScopePath <> N''
        AND [Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND [Level] = @Level
        AND (@IncludeRetired = 1 OR [IsRetired] = 0)
    ORDER BY
        [SortOrder] ASC,
        [Name] ASC,
        [Id] ASC
    OPTION (RECOMPILE);
END
GO

-- A campaign's list, for one sub-district or (@SubDistrictId NULL) all, removed estates only when asked, ordered
-- by estate name (Id breaks ties) as a return's rows are. Name, community, households and sub-district are the
-- registry's as they are now.
CREATE OR ALTER PROCEDURE [dbo].[CampaignEstate_ReadByCampaignId]
    @CampaignId BIGINT,
    @SubDistrictId BIGINT,
    @IncludeRemoved BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CE.[CampaignId],
        CE.[EstateId],
        E.[SubDistrictId],
        E.[Name] AS [EstateName],
        E.[CommunityName],
        E.[Households],
        CE.[AddedUtc],
        CE.[AddedReason],
        CE.[RemovedUtc],
        CE.[RemovedReason]
    FROM
        [dbo].[CampaignEstate] CE
        INNER JOIN [dbo].[EstateView] E ON E.[Id] = CE.[EstateId]
    WHERE
        CE.[CampaignId] = @CampaignId
        AND (@SubDistrictId IS NULL OR E.[SubDistrictId] = @SubDistrictId)
        AND (@IncludeRemoved = 1 OR CE.[RemovedUtc] IS NULL)
    ORDER BY
        E.[Name] ASC,
        CE.[EstateId] ASC
    OPTION (RECOMPILE);
END
GO

-- Direct children, ordered by SortOrder then Name (Id breaks ties so paging and tests are deterministic).
CREATE OR ALTER PROCEDURE [dbo].[Node_ReadChildrenByParentId]
    @ParentId BIGINT,
    @IncludeRetired BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [ParentId],
        [Level],
        [Name],
        [Path],
        [IsRetired],
        [SortOrder],
        [Version]
    FROM
        [dbo].[NodeView]
    WHERE
        [ParentId] = @ParentId
        AND (@IncludeRetired = 1 OR [IsRetired] = 0)
    ORDER BY
        [SortOrder] ASC,
        [Name] ASC,
        [Id] ASC
    OPTION (RECOMPILE);
END
GO

-- Live estates under @ScopePath in path order (grouped by sub-district and community), the first @Take after
-- @AfterPath (NULL: from the start): a keyset read for streamed bulk exports, one index seek per batch and no count.
-- An empty scope matches nothing; the path is never a wildcard.
CREATE OR ALTER PROCEDURE [dbo].[Estate_ReadByScopePathAfterPath]
    @ScopePath NVARCHAR (200),
    @AfterPath NVARCHAR (200),
    @Take INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (@Take)
        [Id],
        [CommunityId],
        [Name],
        [Address],
        [YearBuilt],
        [IsCompleteSet],
        [Buildings],
        [Households],
        [FloorArea],
        [ManagementRoomArea],
        [IsManagementRoomInterim],
        [Class],
        [Status],
        [Mode],
        [IsPilot],
        [IsBenchmark],
        [SixHaves],
        [EightHaves],
        [IsRetired],
        [Version],
        [CommunityName],
        [SubDistrictId],
        [SubDistrictName],
        [Path]
    FROM
        [dbo].[EstateView]
    WHERE
        @ScopePath <> N''
        AND [Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND (@AfterPath IS NULL OR [Path] > @AfterPath)
        AND [IsRetired] = 0
    ORDER BY
        [Path] ASC
    OPTION (RECOMPILE);
END
GO

-- The committee track of every live estate under @ScopePath, by sub-district, community and estate (ids break ties,
-- so both databases give the same order). An empty scope matches nothing; the path is never a wildcard.
-- @RecordedOnly = 1 keeps the estates with a consultation or a current committee: the only ones that can need a
-- committee, have one or be overdue (the league's counts read these, not every estate of a city).
CREATE OR ALTER PROCEDURE [dbo].[CommitteeTrack_ReadByScopePath]
    @ScopePath NVARCHAR (200),
    @RecordedOnly BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [EstateId],
        [EstateName],
        [CommunityId],
        [CommunityName],
        [SubDistrictId],
        [SubDistrictName],
        [HardwareAcceptedDate],
        [ConsultationDate],
        [Households],
        [BallotsReturned],
        [VotesForProfessional],
        [OwnersMeetingDate],
        [CommitteeElectedDate],
        [ChairName],
        [MemberCount],
        [FilingDate],
        [TermEndDate],
        [Version]
    FROM
        [dbo].[CommitteeTrackView]
    WHERE
        @ScopePath <> N''
        AND [EstatePath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND [IsRetired] = 0
        AND (@RecordedOnly = 0 OR [Version] <> 0 OR [CommitteeElectedDate] IS NOT NULL)
    ORDER BY
        [SubDistrictSortOrder] ASC,
        [SubDistrictId] ASC,
        [CommunitySortOrder] ASC,
        [CommunityId] ASC,
        [EstateId] ASC
    OPTION (RECOMPILE);
END
GO

-- One page of a registry search and, in @TotalCount, how many estates match in all.
-- @Sort is Core's EstateSort, whitelisted here: 0 Name, 1 Community, 2 Class, 3 Status, 4 YearBuilt,
-- 5 Households, 6 FloorArea. Ties are broken by [Id] in the same direction.
CREATE OR ALTER PROCEDURE [dbo].[Estate_ReadByQuery]
    @ScopePath NVARCHAR (200),
    @Text NVARCHAR (200),
    @CommunityId BIGINT,
    @Class INT,
    @Status INT,
    @SixHavesComplete BIT,
    @IncludeRetired BIT,
    @Sort INT,
    @Descending BIT,
    @Page INT,
    @PageSize INT,
    @TotalCount INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    IF @Sort IS NULL OR @Sort NOT BETWEEN 0 AND 6
    BEGIN
        THROW 50400, N'Unknown estate sort.', 1;
    END

    IF @Page < 1 OR @PageSize < 1
    BEGIN
        THROW 50400, N'Page and page size start at 1.', 1;
    END

    SELECT
        @TotalCount = COUNT(*)
    FROM
        [dbo].[EstateSearch](@ScopePath, @Text, @CommunityId, @Class, @Status, @SixHavesComplete, @IncludeRetired)
    OPTION (RECOMPILE);

    SELECT
        S.[Id],
        S.[CommunityId],
        S.[Name],
        S.[Address],
        S.[YearBuilt],
        S.[IsCompleteSet],
        S.[Buildings],
        S.[Households],
        S.[FloorArea],
        S.[ManagementRoomArea],
        S.[IsManagementRoomInterim],
        S.[Class],
        S.[Status],
        S.[Mode],
        S.[IsPilot],
        S.[IsBenchmark],
        S.[SixHaves],
        S.[EightHaves],
        S.[IsRetired],
        S.[Version],
        S.[CommunityName],
        S.[SubDistrictId],
        S.[SubDistrictName],
        S.[Path]
    FROM
        [dbo].[EstateSearch](@ScopePath, @Text, @CommunityId, @Class, @Status, @SixHavesComplete, @IncludeRetired) S
    ORDER BY
        -- No dynamic SQL: one CASE per key type and direction; the CASEs that do not apply are NULL for every row.
        CASE WHEN @Descending = 0 THEN CASE @Sort WHEN 0 THEN S.[Name] WHEN 1 THEN S.[CommunityName] END END ASC,
        CASE WHEN @Descending = 1 THEN CASE @Sort WHEN 0 THEN S.[Name] WHEN 1 THEN S.[CommunityName] END END DESC,
        CASE WHEN @Descending = 0 THEN CASE @Sort
            WHEN 2 THEN S.[Class]
            WHEN 3 THEN S.[Status]
            WHEN 4 THEN S.[YearBuilt]
            WHEN 5 THEN S.[Households]
            WHEN 6 THEN S.[FloorArea]
        END END ASC,
        CASE WHEN @Descending = 1 THEN CASE @Sort
            WHEN 2 THEN S.[Class]
            WHEN 3 THEN S.[Status]
            WHEN 4 THEN S.[YearBuilt]
            WHEN 5 THEN S.[Households]
            WHEN 6 THEN S.[FloorArea]
        END END DESC,
        CASE WHEN @Descending = 0 THEN S.[Id] END ASC,
        S.[Id] DESC
    OFFSET (@Page - 1) * @PageSize ROWS
    FETCH NEXT @PageSize ROWS ONLY
    OPTION (RECOMPILE);
END
GO

-- The node and its ancestors, root first. The path lists their ids ("/1/4/19/"), as SQLite reads them: split it and
-- seek each id on the clustered key (a handful of seeks), where "Target.Path LIKE Ancestor.Path + '%'" could use no
-- index and scanned every node of the city for every breadcrumb.
CREATE OR ALTER PROCEDURE [dbo].[Node_ReadLineageById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        Ancestor.[Id],
        Ancestor.[ParentId],
        Ancestor.[Level],
        Ancestor.[Name],
        Ancestor.[Path],
        Ancestor.[IsRetired],
        Ancestor.[SortOrder],
        Ancestor.[Version]
    FROM
        [dbo].[Node] Target
        CROSS APPLY STRING_SPLIT(Target.[Path], N'/') Part
        INNER JOIN [dbo].[NodeView] Ancestor ON Ancestor.[Id] = TRY_CONVERT(BIGINT, Part.[value])
    WHERE
        Target.[Id] = @Id
        AND Part.[value] <> N''
    ORDER BY
        Ancestor.[Level] ASC;
END
GO
