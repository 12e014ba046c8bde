-- An estate's look-backs, newest first (the id breaks ties, so both databases give one order).
CREATE PROCEDURE [dbo].[LookBack_ReadByEstateId]
    @EstateId BIGINT
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
        L.[EstateId] = @EstateId
    ORDER BY
        L.[Date] DESC,
        L.[Id] DESC;
END
