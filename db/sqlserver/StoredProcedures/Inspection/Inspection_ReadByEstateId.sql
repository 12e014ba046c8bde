-- An estate's inspections, newest first (the id breaks ties, so both databases give one order), with the estate's name,
-- path and sub-district.
CREATE PROCEDURE [dbo].[Inspection_ReadByEstateId]
    @EstateId BIGINT
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
        [dbo].[Inspection] I
        INNER JOIN [dbo].[Node] N ON N.[Id] = I.[EstateId]
        INNER JOIN [dbo].[Node] C ON C.[Id] = N.[ParentId]
        LEFT JOIN [dbo].[Node] S ON S.[Id] = C.[ParentId]
    WHERE
        I.[EstateId] = @EstateId
    ORDER BY
        I.[Date] DESC,
        I.[Id] DESC;
END
