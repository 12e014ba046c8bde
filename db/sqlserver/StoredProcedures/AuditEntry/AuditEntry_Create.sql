-- One audit entry; called once per entry inside the transaction of the change it describes.
CREATE PROCEDURE [dbo].[AuditEntry_Create]
    @AtUtc DATETIME2 (7),
    @UserId BIGINT,
    @UserName NVARCHAR (100),
    @EntityType NVARCHAR (50),
    @EntityId BIGINT,
    @Action NVARCHAR (50),
    @Field NVARCHAR (200),
    @OldValue NVARCHAR (MAX),
    @NewValue NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[AuditEntry] ([AtUtc], [UserId], [UserName], [EntityType], [EntityId], [Action], [Field], [OldValue], [NewValue])
    VALUES (@AtUtc, @UserId, @UserName, @EntityType, @EntityId, @Action, @Field, @OldValue, @NewValue);
END
