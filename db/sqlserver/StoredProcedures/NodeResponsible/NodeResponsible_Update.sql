-- Sets a node's responsible person: replaces the row, or inserts it when the node has none (UPDLOCK, HOLDLOCK: two
-- admins saving at once do not both insert). What may be set is ResponsibleService's rule (Core); an unknown node
-- raises 547.
CREATE PROCEDURE [dbo].[NodeResponsible_Update]
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
