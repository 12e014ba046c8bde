-- Archived briefings of the nodes under @ScopePath (the scope node included), newest week first, without their
-- PDFs (an empty [Pdf], so lists stay small). An empty scope matches nothing; the path is never a wildcard.
CREATE PROCEDURE [dbo].[BriefingArchive_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        B.[Id],
        B.[NodeId],
        B.[NodeName],
        N.[Level] AS [NodeLevel],
        N.[Path] AS [NodePath],
        B.[WeekEnding],
        B.[SnapshotId],
        B.[IsProvisional],
        B.[GeneratedUtc],
        CONVERT(INT, DATALENGTH(B.[Pdf])) AS [SizeBytes],
        CONVERT(VARBINARY (MAX), 0x) AS [Pdf]
    FROM
        [dbo].[BriefingArchive] B
        INNER JOIN [dbo].[Node] N ON N.[Id] = B.[NodeId]
    WHERE
        @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        B.[WeekEnding] DESC,
        N.[Level] ASC,
        N.[SortOrder] ASC,
        B.[NodeId] ASC,
        B.[Id] ASC;
END
