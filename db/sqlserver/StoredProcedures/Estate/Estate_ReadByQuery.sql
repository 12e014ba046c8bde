-- One page of a registry search and, in @TotalCount, how many estates match in all.
-- @Sort is Core's EstateSort: 0 Name, 1 Community, 2 Class, 3 Status, 4 YearBuilt, 5 Households, 6 FloorArea; ties
-- are broken by [Id] in the same direction. Core's EstateQuery bounds the sort (an unknown one reads as by name) and
-- the page (from 1), so nothing here refuses them.
CREATE PROCEDURE [dbo].[Estate_ReadByQuery]
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
