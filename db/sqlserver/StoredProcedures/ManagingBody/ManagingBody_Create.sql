-- Records an estate's first managing body; a second for the same estate is the primary key's to refuse (2627).
CREATE PROCEDURE [dbo].[ManagingBody_Create]
    @EstateId BIGINT,
    @Kind INT,
    @SinceDate DATE,
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[ManagingBody] ([EstateId], [Kind], [SinceDate], [RecordedUtc], [RecordedByName])
    VALUES (@EstateId, @Kind, @SinceDate, @RecordedUtc, @RecordedByName);
END
