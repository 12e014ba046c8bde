-- Live estates under @ScopePath in path order (grouped by sub-district and community), the first @Take after
-- @AfterPath (NULL: from the start): a keyset read for streamed bulk exports, one index seek per batch and no count.
-- An empty scope matches nothing; the path is never a wildcard.
CREATE PROCEDURE [dbo].[Estate_ReadByScopePathAfterPath]
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
