-- Items of the sub-districts under @ScopePath: open ones first, newest week first (Id breaks ties). An empty scope
-- matches nothing; the path is never a wildcard.
CREATE PROCEDURE [dbo].[CoordinationItem_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        I.[Id],
        I.[SubDistrictId],
        S.[Name] AS [SubDistrictName],
        I.[EstateId],
        I.[EstateName],
        I.[WeeklyReturnId],
        I.[WeekEnding],
        I.[Ask],
        I.[Status],
        I.[MemberUnitId],
        U.[Name] AS [MemberUnitName],
        I.[CreatedUtc],
        I.[CreatedByName],
        I.[AssignedUtc],
        I.[ClosedUtc],
        CONVERT(BIGINT, I.[RowVersion]) AS [Version]
    FROM
        [dbo].[CoordinationItem] I
        INNER JOIN [dbo].[Node] S ON S.[Id] = I.[SubDistrictId]
        LEFT JOIN [dbo].[MemberUnit] U ON U.[Id] = I.[MemberUnitId]
    WHERE
        @ScopePath <> N''
        AND S.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        CASE WHEN I.[Status] = 3 THEN 1 ELSE 0 END ASC,
        I.[WeekEnding] DESC,
        I.[Id] DESC
    OPTION (RECOMPILE);
END
