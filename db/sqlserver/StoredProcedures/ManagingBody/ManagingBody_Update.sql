-- Replaces an estate's managing body if @Version is still current and removes its members, which the caller writes again
-- in the same transaction (the body is saved as a whole); a stale version or no such row raises 50409 and nothing is changed.
CREATE PROCEDURE [dbo].[ManagingBody_Update]
    @EstateId BIGINT,
    @Kind INT,
    @SinceDate DATE,
    @RecordedUtc DATETIME2 (7),
    @RecordedByName NVARCHAR (100),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[ManagingBody]
    SET
        [Kind] = @Kind,
        [SinceDate] = @SinceDate,
        [RecordedUtc] = @RecordedUtc,
        [RecordedByName] = @RecordedByName
    WHERE
        [EstateId] = @EstateId
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The managing body was changed by someone else since it was read.', 1;
    END

    DELETE FROM [dbo].[ManagingBodyMember]
    WHERE [EstateId] = @EstateId;
END
