-- Cases whose unit lies under @ScopePath, newest decision first (Id breaks ties). An empty scope matches nothing; the
-- path is never a wildcard.
CREATE PROCEDURE [dbo].[AccountabilityCase_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[UnitNodeId],
        N.[Name] AS [UnitName],
        N.[Path] AS [UnitPath],
        C.[PersonName],
        C.[PersonPost],
        C.[Reason],
        C.[Decision],
        C.[DecidedOn],
        C.[DecidedBy],
        C.[IssueYear],
        C.[IssueNo],
        C.[CreatedUtc],
        C.[CreatedByName]
    FROM
        [dbo].[AccountabilityCase] C
        INNER JOIN [dbo].[Node] N ON N.[Id] = C.[UnitNodeId]
    WHERE
        @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        C.[DecidedOn] DESC,
        C.[Id] DESC
    OPTION (RECOMPILE);
END
