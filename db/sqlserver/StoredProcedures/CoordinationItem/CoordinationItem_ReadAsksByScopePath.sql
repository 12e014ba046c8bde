-- For each estate of the sub-districts under @ScopePath, its row in the newest accepted return ([Status] 4) that has
-- one, when that row asks something of the district (需区级协调事项 not blank). Which asks are still to take in is
-- CoordinationService's rule (Core).
CREATE PROCEDURE [dbo].[CoordinationItem_ReadAsksByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        R.[WeeklyReturnId],
        W.[SubDistrictId],
        S.[Name] AS [SubDistrictName],
        W.[WeekEnding],
        R.[EstateId],
        R.[EstateName],
        R.[HelpAsked]
    FROM
        [dbo].[ReturnRow] R
        INNER JOIN [dbo].[WeeklyReturn] W ON W.[Id] = R.[WeeklyReturnId]
        INNER JOIN [dbo].[Node] S ON S.[Id] = W.[SubDistrictId]
    WHERE
        @ScopePath <> N''
        AND S.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND W.[Status] = 4
        AND LTRIM(RTRIM(ISNULL(R.[HelpAsked], N''))) <> N''
        AND W.[WeekEnding] = (
            SELECT
                MAX(W2.[WeekEnding])
            FROM
                [dbo].[ReturnRow] R2
                INNER JOIN [dbo].[WeeklyReturn] W2 ON W2.[Id] = R2.[WeeklyReturnId]
            WHERE
                R2.[EstateId] = R.[EstateId]
                AND W2.[Status] = 4
        )
    ORDER BY
        S.[Path] ASC,
        R.[EstateName] ASC
    OPTION (RECOMPILE);
END
