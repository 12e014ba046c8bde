-- Adds one member of a 物管会 at its filed position.
CREATE PROCEDURE [dbo].[ManagingBodyMember_Create]
    @EstateId BIGINT,
    @Position INT,
    @Name NVARCHAR (50),
    @Role NVARCHAR (20)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[ManagingBodyMember] ([EstateId], [Position], [Name], [Role])
    VALUES (@EstateId, @Position, @Name, @Role);
END
