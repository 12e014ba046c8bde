-- The estate's trusteeship with its community's name and its version as a BIGINT [Version], or no row.
CREATE PROCEDURE [dbo].[Trusteeship_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        T.[EstateId],
        T.[CommunityId],
        C.[Name] AS [CommunityName],
        T.[Services],
        T.[SinceDate],
        T.[Funding],
        T.[RecordedUtc],
        T.[RecordedByName],
        CONVERT(BIGINT, T.[RowVersion]) AS [Version]
    FROM
        [dbo].[Trusteeship] T
        INNER JOIN [dbo].[Node] C ON C.[Id] = T.[CommunityId]
    WHERE
        T.[EstateId] = @EstateId;
END
