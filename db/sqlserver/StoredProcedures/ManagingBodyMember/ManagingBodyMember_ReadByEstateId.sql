-- A 物管会's members in filed order.
CREATE PROCEDURE [dbo].[ManagingBodyMember_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Position],
        [Name],
        [Role]
    FROM
        [dbo].[ManagingBodyMember]
    WHERE
        [EstateId] = @EstateId
    ORDER BY
        [Position] ASC;
END
