-- Counts by sub-district and class for the same filters as [dbo].[Estate_ReadByQuery] (no paging): the registry's
-- subtotals when the list covers more than one sub-district (RegistrySubtotals in Core).
CREATE PROCEDURE [dbo].[Estate_ReadSubDistrictSubtotalsByQuery]
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
