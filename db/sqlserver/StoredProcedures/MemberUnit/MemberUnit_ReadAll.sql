-- Every member unit: those on the list first, in the order they were added.
CREATE PROCEDURE [dbo].[MemberUnit_ReadAll]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [Name],
        [IsRetired]
    FROM
        [dbo].[MemberUnit]
    ORDER BY
        [IsRetired] ASC,
        [Id] ASC;
END
