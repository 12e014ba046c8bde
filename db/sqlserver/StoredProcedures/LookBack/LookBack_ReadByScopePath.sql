-- Every look-back of the live estates under @ScopePath, newest first. An empty scope matches nothing; the path is never
-- a wildcard.
CREATE PROCEDURE [dbo].[LookBack_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        L.[Id],
        L.[EstateId],
        L.[Date],
        L.[Inspector],
        L.[InspectedBy] AS [By],
        L.[SixHaves],
        L.[Passed],
        L.[Note],
        L.[StruckOffDate],
        L.[Relapsed],
        L.[RecordedUtc],
        L.[RecordedByUserId],
        L.[RecordedByName],
        N.[Name] AS [EstateName],
        N.[Path],
        ISNULL(S.[Id], CONVERT(BIGINT, 0)) AS [SubDistrictId]
    FROM
        [dbo].[LookBack] L
        INNER JOIN [dbo].[Node] N ON N.[Id] = L.[EstateId]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = C.[ParentId]
    WHERE
        @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND N.[IsRetired] = 0
    ORDER BY
        L.[Date] DESC,
        L.[Id] DESC;
END
