-- Counts by community and class for the same filters as [dbo].[Estate_ReadByQuery] (no paging): the P5 table.
CREATE PROCEDURE [dbo].[Estate_ReadSubtotalsByQuery]
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
