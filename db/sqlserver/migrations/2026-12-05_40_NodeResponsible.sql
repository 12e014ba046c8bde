-- 2026-12-05_40_NodeResponsible (issue 16 item 5): a node's 第一责任人 (P5), name, post and phone, one row per node
-- ([dbo].[NodeResponsible]), and its read, set and clear procedures. Re-runnable: the table by its guard, the procedures
-- CREATE OR ALTER.

IF OBJECT_ID(N'[dbo].[NodeResponsible]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[NodeResponsible] (
        [NodeId]     BIGINT        NOT NULL,
        [Name]       NVARCHAR (50) NOT NULL,
        [Post]       NVARCHAR (50) NOT NULL,
        [Phone]      NVARCHAR (30) NOT NULL,
        [UpdatedUtc] DATETIME2 (7) NOT NULL,
        CONSTRAINT [PK_NodeResponsible] PRIMARY KEY CLUSTERED ([NodeId] ASC),
        CONSTRAINT [FK_NodeResponsible_Node_NodeId] FOREIGN KEY ([NodeId]) REFERENCES [dbo].[Node] ([Id])
    );
END
GO

-- A node's responsible person, or no row.
CREATE OR ALTER PROCEDURE [dbo].[NodeResponsible_ReadById]
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
GO

-- Sets a node's responsible person: replaces the row, or inserts it when the node has none (UPDLOCK, HOLDLOCK: two
-- admins saving at once do not both insert). What may be set is ResponsibleService's rule (Core); an unknown node
-- raises 547.
CREATE OR ALTER PROCEDURE [dbo].[NodeResponsible_Update]
    @NodeId BIGINT,
    @Name NVARCHAR (50),
    @Post NVARCHAR (50),
    @Phone NVARCHAR (30),
    @UpdatedUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[NodeResponsible] WITH (UPDLOCK, HOLDLOCK)
    SET
        [Name] = @Name,
        [Post] = @Post,
        [Phone] = @Phone,
        [UpdatedUtc] = @UpdatedUtc
    WHERE
        [NodeId] = @NodeId;

    IF @@ROWCOUNT = 0
    BEGIN
        INSERT INTO [dbo].[NodeResponsible] ([NodeId], [Name], [Post], [Phone], [UpdatedUtc])
        VALUES (@NodeId, @Name, @Post, @Phone, @UpdatedUtc);
    END
END
GO

-- Removes a node's responsible person. Returns 1 when it had one, 0 otherwise.
CREATE OR ALTER PROCEDURE [dbo].[NodeResponsible_DeleteById]
    @NodeId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM
        [dbo].[NodeResponsible]
    WHERE
        [NodeId] = @NodeId;

    SELECT @@ROWCOUNT AS [Deleted];
END
GO
