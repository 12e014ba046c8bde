CREATE PROCEDURE [dbo].[SupervisionOrder_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [Reason],
        [RaisedUtc],
        [ClosedUtc],
        [CloseNote],
        [ClosedByName],
        [Version]
    FROM
        [dbo].[SupervisionOrderView]
    WHERE
        [Id] = @Id;
END
