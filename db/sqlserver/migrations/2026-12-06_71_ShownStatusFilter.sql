-- 2026-12-06_71_ShownStatusFilter: 单位自管 was fixed only in display (Core's ShownStatus shows an estate struck off to
-- its owners' committee or to the community by its mode); the registry filter still grouped those estates under 单位自管.
-- The search takes @ExceptModes (bit 1 << Mode set: left out), which Core fills for the status filter, so the list a
-- status filter gives is what the status column shows. Re-runnable: CREATE OR ALTER; the function first, then the three
-- procedures that call it.

-- The estates matching a registry search (Core's EstateQuery without sort and paging). Both the page
-- ([dbo].[Estate_ReadByQuery]) and the subtotals ([dbo].[Estate_ReadSubtotalsByQuery]) read from here, so the
-- two can never disagree about which estates a filter matches.
CREATE OR ALTER FUNCTION [dbo].[EstateSearch]
(
    @ScopePath NVARCHAR (200),
    @Text NVARCHAR (200),
    @CommunityId BIGINT,
    @Class INT,
    @Status INT,
    @ExceptModes INT,
    @SixHavesComplete BIT,
    @IncludeRetired BIT
)
RETURNS TABLE
AS
RETURN
SELECT
    V.[Id],
    V.[CommunityId],
    V.[Name],
    V.[Address],
    V.[YearBuilt],
    V.[IsCompleteSet],
    V.[Buildings],
    V.[Households],
    V.[FloorArea],
    V.[ManagementRoomArea],
    V.[IsManagementRoomInterim],
    V.[Class],
    V.[Status],
    V.[Mode],
    V.[IsPilot],
    V.[IsBenchmark],
    V.[SixHaves],
    V.[EightHaves],
    V.[IsRetired],
    V.[Version],
    V.[CommunityName],
    V.[CommunitySortOrder],
    V.[SubDistrictId],
    V.[SubDistrictName],
    V.[Path]
FROM
    [dbo].[EstateView] V
WHERE
    -- An empty scope names no node and matches nothing; the path's characters are never wildcards.
    @ScopePath <> N''
    AND V.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    -- CHARINDEX, not LIKE: a search text containing % or _ matches literally.
    AND (@Text IS NULL OR CHARINDEX(@Text, V.[Name]) > 0 OR CHARINDEX(@Text, V.[Address]) > 0)
    AND (@CommunityId IS NULL OR V.[CommunityId] = @CommunityId)
    AND (@Class IS NULL OR V.[Class] = @Class)
    AND (@Status IS NULL OR V.[Status] = @Status)
    -- Bit (1 << Mode) of @ExceptModes set: left out (Core's ShownStatus: 单位自管 without the modes shown instead).
    AND (POWER(2, V.[Mode]) & @ExceptModes) = 0
    -- 63 is SixHaves.All: all six bits set.
    AND (@SixHavesComplete IS NULL OR @SixHavesComplete = CASE WHEN V.[SixHaves] & 63 = 63 THEN 1 ELSE 0 END)
    AND (@IncludeRetired = 1 OR V.[IsRetired] = 0);
GO

-- One page of a registry search and, in @TotalCount, how many estates match in all.
-- @Sort is Core's EstateSort: 0 Name, 1 Community, 2 Class, 3 Status, 4 YearBuilt, 5 Households, 6 FloorArea; ties
-- are broken by [Id] in the same direction. Core's EstateQuery bounds the sort (an unknown one reads as by name) and
-- the page (from 1), so nothing here refuses them.
CREATE OR ALTER PROCEDURE [dbo].[Estate_ReadByQuery]
    @ScopePath NVARCHAR (200),
    @Text NVARCHAR (200),
    @CommunityId BIGINT,
    @Class INT,
    @Status INT,
    @ExceptModes INT,
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

    SELECT
        @TotalCount = COUNT(*)
    FROM
        [dbo].[EstateSearch](@ScopePath, @Text, @CommunityId, @Class, @Status, @ExceptModes, @SixHavesComplete, @IncludeRetired)
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
        [dbo].[EstateSearch](@ScopePath, @Text, @CommunityId, @Class, @Status, @ExceptModes, @SixHavesComplete, @IncludeRetired) S
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

-- Counts by community and class for the same filters as [dbo].[Estate_ReadByQuery] (no paging): the P5 table.
CREATE OR ALTER PROCEDURE [dbo].[Estate_ReadSubtotalsByQuery]
    @ScopePath NVARCHAR (200),
    @Text NVARCHAR (200),
    @CommunityId BIGINT,
    @Class INT,
    @Status INT,
    @ExceptModes INT,
    @SixHavesComplete BIT,
    @IncludeRetired BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        S.[CommunityId],
        S.[CommunityName],
        COUNT(*) AS [Total],
        SUM(CASE WHEN S.[Class] = 1 THEN 1 ELSE 0 END) AS [ClassOne],
        SUM(CASE WHEN S.[Class] = 2 THEN 1 ELSE 0 END) AS [ClassTwo],
        SUM(CASE WHEN S.[Class] = 3 THEN 1 ELSE 0 END) AS [ClassThree],
        SUM(CASE WHEN S.[Class] IN (1, 2, 3) THEN 0 ELSE 1 END) AS [Unclassified]
    FROM
        [dbo].[EstateSearch](@ScopePath, @Text, @CommunityId, @Class, @Status, @ExceptModes, @SixHavesComplete, @IncludeRetired) S
    GROUP BY
        S.[CommunityId],
        S.[CommunityName],
        S.[CommunitySortOrder]
    ORDER BY
        S.[CommunitySortOrder] ASC,
        S.[CommunityName] ASC,
        S.[CommunityId] ASC
    OPTION (RECOMPILE);
END
GO

-- Counts by sub-district and class for the same filters as [dbo].[Estate_ReadByQuery] (no paging): the registry's
-- subtotals when the list covers more than one sub-district (RegistrySubtotals in Core).
CREATE OR ALTER PROCEDURE [dbo].[Estate_ReadSubDistrictSubtotalsByQuery]
    @ScopePath NVARCHAR (200),
    @Text NVARCHAR (200),
    @CommunityId BIGINT,
    @Class INT,
    @Status INT,
    @ExceptModes INT,
    @SixHavesComplete BIT,
    @IncludeRetired BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        S.[SubDistrictId],
        S.[SubDistrictName],
        COUNT(*) AS [Total],
        SUM(CASE WHEN S.[Class] = 1 THEN 1 ELSE 0 END) AS [ClassOne],
        SUM(CASE WHEN S.[Class] = 2 THEN 1 ELSE 0 END) AS [ClassTwo],
        SUM(CASE WHEN S.[Class] = 3 THEN 1 ELSE 0 END) AS [ClassThree],
        SUM(CASE WHEN S.[Class] IN (1, 2, 3) THEN 0 ELSE 1 END) AS [Unclassified]
    FROM
        [dbo].[EstateSearch](@ScopePath, @Text, @CommunityId, @Class, @Status, @ExceptModes, @SixHavesComplete, @IncludeRetired) S
        INNER JOIN [dbo].[Node] SubDistrict ON SubDistrict.[Id] = S.[SubDistrictId]
    GROUP BY
        S.[SubDistrictId],
        S.[SubDistrictName],
        SubDistrict.[SortOrder]
    ORDER BY
        SubDistrict.[SortOrder] ASC,
        S.[SubDistrictName] ASC,
        S.[SubDistrictId] ASC
    OPTION (RECOMPILE);
END
GO
