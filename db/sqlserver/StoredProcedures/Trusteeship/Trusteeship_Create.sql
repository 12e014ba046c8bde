-- Records an estate's first trusteeship; a second for the same estate is the primary key's to refuse (2627).
CREATE PROCEDURE [dbo].[Trusteeship_Create]
    @EstateId BIGINT,
    @CommunityId BIGINT,
    @Services INT,
    @SinceDate DATE,
    @Funding NVARCHAR (200),
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[Trusteeship] ([EstateId], [CommunityId], [Services], [SinceDate], [Funding], [RecordedUtc], [RecordedByName])
    VALUES (@EstateId, @CommunityId, @Services, @SinceDate, @Funding, @RecordedUtc, @RecordedByName);
END
