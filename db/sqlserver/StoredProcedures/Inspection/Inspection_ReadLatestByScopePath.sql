-- The newest inspection (date, then id) of each live estate under @ScopePath, in hierarchy order: what /inspections,
-- the league's share and the briefing read. An empty scope matches nothing; the path is never a wildcard.
CREATE PROCEDURE [dbo].[Inspection_ReadLatestByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        I.[Id],
        I.[EstateId],
        I.[Date],
        I.[Inspector],
        I.[Evidence],
        I.[Mode],
        I.[MeetsAll],
        I.[RecordedUtc],
        I.[RecordedByUserId],
        I.[RecordedByName],
        N.[Name] AS [EstateName],
        N.[Path],
        ISNULL(S.[Id], CONVERT(BIGINT, 0)) AS [SubDistrictId],
        ISNULL(S.[Name], N'') AS [SubDistrictName]
    FROM
        (
            SELECT
                Inspected.[Id],
                ROW_NUMBER() OVER (
                    PARTITION BY Inspected.[EstateId]
                    ORDER BY Inspected.[Date] DESC, Inspected.[Id] DESC
                ) AS [Newness]
            FROM
                [dbo].[Inspection] Inspected
                INNER JOIN [dbo].[Node] Estate ON Estate.[Id] = Inspected.[EstateId]
            WHERE
                @ScopePath <> N''
                AND Estate.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
                AND Estate.[IsRetired] = 0
        ) L
        INNER JOIN [dbo].[Inspection] I ON I.[Id] = L.[Id]
        INNER JOIN [dbo].[Node] N ON N.[Id] = I.[EstateId]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = C.[ParentId]
    WHERE
        L.[Newness] = 1
    ORDER BY
        S.[SortOrder] ASC,
        S.[Id] ASC,
        C.[SortOrder] ASC,
        C.[Id] ASC,
        N.[Id] ASC;
END
