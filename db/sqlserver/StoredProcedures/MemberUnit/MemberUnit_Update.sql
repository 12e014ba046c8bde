-- Renames or retires a unit (what may change is CoordinationService's rule, Core).
CREATE PROCEDURE [dbo].[MemberUnit_Update]
    @Id BIGINT,
    @Name NVARCHAR (50),
    @IsRetired BIT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[MemberUnit]
    SET
        [Name] = @Name,
        [IsRetired] = @IsRetired
    WHERE
        [Id] = @Id;
END
