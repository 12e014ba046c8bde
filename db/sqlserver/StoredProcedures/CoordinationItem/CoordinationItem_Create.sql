-- Takes an ask in as a coordination item; returns its id. A second item for the same return row is the unique key's to
-- refuse (2627).
CREATE PROCEDURE [dbo].[CoordinationItem_Create]
    @SubDistrictId BIGINT,
    @EstateId BIGINT,
    @EstateName NVARCHAR (100),
    @WeeklyReturnId BIGINT,
    @WeekEnding DATE,
    @Ask NVARCHAR (MAX),
    @Status INT,
    @MemberUnitId BIGINT,
    @CreatedUtc DATETIME2 (7),
    @CreatedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[CoordinationItem] (
        [SubDistrictId], [EstateId], [EstateName], [WeeklyReturnId], [WeekEnding], [Ask], [Status], [MemberUnitId], [CreatedUtc],
        [CreatedByName]
    )
    VALUES (
        @SubDistrictId, @EstateId, @EstateName, @WeeklyReturnId, @WeekEnding, @Ask, @Status, @MemberUnitId, @CreatedUtc,
        @CreatedByName
    );

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
