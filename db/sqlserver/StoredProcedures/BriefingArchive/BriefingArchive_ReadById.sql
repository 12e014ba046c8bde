CREATE PROCEDURE [dbo].[BriefingArchive_ReadById]
    @Id BIGINT
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
        B.[Pdf]
    FROM
        [dbo].[BriefingArchive] B
        INNER JOIN [dbo].[Node] N ON N.[Id] = B.[NodeId]
    WHERE
        B.[Id] = @Id;
END
