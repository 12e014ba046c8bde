-- The trail of one entity, newest first (Id breaks ties between entries of the same instant).
CREATE PROCEDURE [dbo].[AuditEntry_ReadByEntity]
    @EntityType NVARCHAR (50),
    @EntityId BIGINT,
    @Max INT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (@Max)
        [Id],
        [AtUtc],
        [UserId],
        [UserName],
        [EntityType],
        [EntityId],
        [Action],
        [Field],
        [OldValue],
        [NewValue]
    FROM
        [dbo].[AuditEntry]
    WHERE
        [EntityType] = @EntityType
        AND [EntityId] = @EntityId
    ORDER BY
        [AtUtc] DESC,
        [Id] DESC;
END
