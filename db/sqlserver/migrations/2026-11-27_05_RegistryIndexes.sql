-- 2026-11-27_05_RegistryIndexes: the registry list at city scale (50,000 estates). Indexes on the list's sort keys
-- (estates' names through [dbo].[Node], the other keys on [dbo].[Estate]) so a page over a district or the city can be
-- read in key order, and the per-sub-district subtotals shown above one sub-district. Re-runnable: each index only when
-- missing; the procedure CREATE OR ALTER.

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Estate]'), N'IX_Estate_Class', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Estate_Class]
        ON [dbo].[Estate] ([Class] ASC);
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Estate]'), N'IX_Estate_Status', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Estate_Status]
        ON [dbo].[Estate] ([Status] ASC);
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Estate]'), N'IX_Estate_YearBuilt', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Estate_YearBuilt]
        ON [dbo].[Estate] ([YearBuilt] ASC);
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Estate]'), N'IX_Estate_Households', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Estate_Households]
        ON [dbo].[Estate] ([Households] ASC);
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Estate]'), N'IX_Estate_FloorArea', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Estate_FloorArea]
        ON [dbo].[Estate] ([FloorArea] ASC);
END
GO

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Node]'), N'IX_Node_Level_Name', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Node_Level_Name]
        ON [dbo].[Node] ([Level] ASC, [Name] ASC)
        INCLUDE ([ParentId], [Path], [IsRetired]);
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
        [dbo].[EstateSearch](@ScopePath, @Text, @CommunityId, @Class, @Status, @SixHavesComplete, @IncludeRetired) S
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
