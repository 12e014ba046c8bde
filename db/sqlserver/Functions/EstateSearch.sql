-- The estates matching a registry search (Core's EstateQuery without sort and paging). Both the page
-- ([dbo].[Estate_ReadByQuery]) and the subtotals ([dbo].[Estate_ReadSubtotalsByQuery]) read from here, so the
-- two can never disagree about which estates a filter matches.
CREATE FUNCTION [dbo].[EstateSearch]
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
