-- A project's payments, by date then id.
CREATE PROCEDURE [dbo].[Payment_ReadByProjectId]
    @ProjectId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        Y.[Id],
        Y.[ProjectId],
        Y.[Payer],
        Y.[Amount],
        Y.[PaidDate],
        Y.[Reference]
    FROM
        [dbo].[Payment] Y
    WHERE
        Y.[ProjectId] = @ProjectId
    ORDER BY
        Y.[PaidDate] ASC,
        Y.[Id] ASC;
END
