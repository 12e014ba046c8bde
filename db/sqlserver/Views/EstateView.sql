-- An estate with its node (name, community, path, retired flag) and its community and sub-district.
-- [Version] is the estate row's version: the registry form edits that row.
CREATE VIEW [dbo].[EstateView]
AS
SELECT
    E.[Id],
    EstateNode.[ParentId] AS [CommunityId],
    EstateNode.[Name],
    E.[Address],
    E.[YearBuilt],
    E.[IsCompleteSet],
    E.[Buildings],
    E.[Households],
    E.[FloorArea],
    E.[ManagementRoomArea],
    E.[IsManagementRoomInterim],
    E.[Class],
    E.[Status],
    E.[Mode],
    E.[IsPilot],
    E.[IsBenchmark],
    E.[SixHaves],
    E.[EightHaves],
    EstateNode.[IsRetired],
    CONVERT(BIGINT, E.[RowVersion]) AS [Version],
    Community.[Name] AS [CommunityName],
    Community.[SortOrder] AS [CommunitySortOrder],
    Community.[ParentId] AS [SubDistrictId],
    SubDistrict.[Name] AS [SubDistrictName],
    EstateNode.[Path]
FROM
    [dbo].[Estate] E
    INNER JOIN [dbo].[Node] EstateNode ON EstateNode.[Id] = E.[Id]
    INNER JOIN [dbo].[Node] Community ON Community.[Id] = EstateNode.[ParentId]
    INNER JOIN [dbo].[Node] SubDistrict ON SubDistrict.[Id] = Community.[ParentId];
