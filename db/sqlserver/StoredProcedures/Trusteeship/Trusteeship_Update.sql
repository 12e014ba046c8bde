-- Replaces an estate's trusteeship if @Version is still current; a stale version or no such row raises 50409 and nothing
-- is changed (who may be the trustee is ManagementService's rule, Core).
CREATE PROCEDURE [dbo].[Trusteeship_Update]
    @EstateId BIGINT,
    @CommunityId BIGINT,
    @Services INT,
    @SinceDate DATE,
    @Funding NVARCHAR (200),
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[Trusteeship]
    SET
        [CommunityId] = @CommunityId,
        [Services] = @Services,
        [SinceDate] = @SinceDate,
        [Funding] = @Funding,
        [RecordedUtc] = @RecordedUtc,
        [RecordedByName] = @RecordedByName
    WHERE
        [EstateId] = @EstateId
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The trusteeship was changed by someone else since it was read.', 1;
    END
END
