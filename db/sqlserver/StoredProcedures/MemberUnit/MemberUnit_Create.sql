-- Adds a member unit; returns its id. A name on the list already is the unique key's to refuse (2627).
CREATE PROCEDURE [dbo].[MemberUnit_Create]
    @Name NVARCHAR (50),
    @IsRetired BIT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[MemberUnit] ([Name], [IsRetired])
    VALUES (@Name, @IsRetired);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
