-- Cost lines of the year on projects whose lead estate lies under @ScopePath. An empty scope matches nothing; the
-- path is never a wildcard.
CREATE PROCEDURE [dbo].[CostItem_ReadByScopePathYear]
    @ScopePath NVARCHAR (200),
    @Year INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[ProjectId],
        C.[Year],
        C.[Category],
        C.[Amount],
        C.[IsFinalAccount],
        C.[Hardship],
        C.[HardshipDecidedDate],
        C.[HardshipNote],
        C.[Description],
        CONVERT(BIGINT, C.[RowVersion]) AS [Version]
    FROM
        [dbo].[CostItem] C
        INNER JOIN [dbo].[RetrofitProject] P ON P.[Id] = C.[ProjectId]
        INNER JOIN [dbo].[Node] E ON E.[Id] = P.[EstateId]
    WHERE
        @ScopePath <> N''
        AND E.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND C.[Year] = @Year
    ORDER BY
        C.[ProjectId] ASC,
        C.[Id] ASC;
END
