-- A node's responsible person, or no row.
CREATE PROCEDURE [dbo].[NodeResponsible_ReadById]
    @NodeId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        R.[NodeId],
        R.[Name],
        R.[Post],
        R.[Phone],
        R.[UpdatedUtc]
    FROM
        [dbo].[NodeResponsible] R
    WHERE
        R.[NodeId] = @NodeId;
END
