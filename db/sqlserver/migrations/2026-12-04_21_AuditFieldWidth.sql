-- 2026-12-04_21_AuditFieldWidth: audit field names reach "Rows[<estate name, up to 100>].<property>" (about 130
-- characters; Core's AuditEntry.MaxFieldLength is 200), which NVARCHAR(100) cut without an error. Widening a
-- variable-length column only changes metadata; ALTER COLUMN and CREATE OR ALTER are re-runnable.

ALTER TABLE [dbo].[AuditEntry] ALTER COLUMN [Field] NVARCHAR (200) NULL;
GO

-- One audit entry; called once per entry inside the transaction of the change it describes.
CREATE OR ALTER PROCEDURE [dbo].[AuditEntry_Create]
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
GO
