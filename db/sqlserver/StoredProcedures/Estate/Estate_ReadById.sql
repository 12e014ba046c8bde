CREATE PROCEDURE [dbo].[Estate_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [CommunityId],
        [Name],
        [Address],
        [YearBuilt],
        [IsCompleteSet],
        [Buildings],
        [Households],
        [FloorArea],
        [ManagementRoomArea],
        [IsManagementRoomInterim],
        [Class],
        [Status],
        [Mode],
        [IsPilot],
        [IsBenchmark],
        [SixHaves],
        [EightHaves],
        [IsRetired],
        [Version],
        [CommunityName],
        [SubDistrictId],
        [SubDistrictName],
        [Path]
    FROM
        [dbo].[EstateView]
    WHERE
        [Id] = @Id;
END
