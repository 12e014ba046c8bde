-- True when anything refers to the node ([dbo].[NodeHistory]): such nodes are retired, never deleted.
CREATE PROCEDURE [dbo].[Node_ReadHasHistory]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        H.[HasHistory]
    FROM
        [dbo].[NodeHistory](@Id) H;
END
