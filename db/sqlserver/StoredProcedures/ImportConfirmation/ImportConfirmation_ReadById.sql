-- Whether an import was written under this confirmation key: 1 or 0.
CREATE PROCEDURE [dbo].[ImportConfirmation_ReadById]
    @ConfirmationKey NVARCHAR (64)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        COUNT(*) AS [Confirmed]
    FROM
        [dbo].[ImportConfirmation]
    WHERE
        [ConfirmationKey] = @ConfirmationKey;
END
