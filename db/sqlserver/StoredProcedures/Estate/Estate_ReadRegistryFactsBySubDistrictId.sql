-- The registry facts a weekly return shows pre-filled (status, mode, six haves, strike-off date) of every live estate
-- of one sub-district.
CREATE PROCEDURE [dbo].[Estate_ReadRegistryFactsBySubDistrictId]
    @SubDistrictId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        E.[Id] AS [EstateId],
        E.[Status],
        E.[Mode],
        E.[SixHaves],
        E.[StruckOffDate]
    FROM
        [dbo].[Node] Community
        INNER JOIN [dbo].[Node] EstateNode ON EstateNode.[ParentId] = Community.[Id]
        INNER JOIN [dbo].[Estate] E ON E.[Id] = EstateNode.[Id]
    WHERE
        Community.[ParentId] = @SubDistrictId
        AND EstateNode.[IsRetired] = 0;
END
