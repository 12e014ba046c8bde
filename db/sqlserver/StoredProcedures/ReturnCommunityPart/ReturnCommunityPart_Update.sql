-- Writes a community's part: inserts it when @Version is 0, otherwise updates it if @Version is still current, and
-- only while the return still has @ReturnStatus, the status the caller read (the return's row is locked until the
-- transaction ends, so a submit waits for the mark or the mark sees the submit). A part that already exists (inserted
-- by someone else first), a stale version or a return that left @ReturnStatus raises 50409 and nothing is changed; an
-- unknown return or community raises 547. What may be marked and when is ReturnShare's rule (Core).
CREATE PROCEDURE [dbo].[ReturnCommunityPart_Update]
    @WeeklyReturnId BIGINT,
    @CommunityId BIGINT,
    @StartedUtc DATETIME2 (7),
    @StartedByName NVARCHAR (100),
    @DoneUtc DATETIME2 (7),
    @DoneByUserId BIGINT,
    @DoneByName NVARCHAR (100),
    @Version BIGINT,
    @ReturnStatus INT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF EXISTS (
        SELECT 1 FROM [dbo].[WeeklyReturn] WITH (UPDLOCK, HOLDLOCK)
        WHERE [Id] = @WeeklyReturnId AND [Status] <> @ReturnStatus)
    BEGIN
        THROW 50409, N'The return left the status the community part was read with (submitted since).', 1;
    END

    IF @Version = 0
    BEGIN
        IF EXISTS (
            SELECT 1 FROM [dbo].[ReturnCommunityPart] WITH (UPDLOCK, HOLDLOCK)
            WHERE [WeeklyReturnId] = @WeeklyReturnId AND [CommunityId] = @CommunityId)
        BEGIN
            THROW 50409, N'The community part was written by someone else since it was read.', 1;
        END

        INSERT INTO [dbo].[ReturnCommunityPart]
            ([WeeklyReturnId], [CommunityId], [StartedUtc], [StartedByName], [DoneUtc], [DoneByUserId], [DoneByName], [Version])
        VALUES
            (@WeeklyReturnId, @CommunityId, @StartedUtc, @StartedByName, @DoneUtc, @DoneByUserId, @DoneByName, 1);
        RETURN;
    END

    UPDATE
        [dbo].[ReturnCommunityPart]
    SET
        [StartedUtc] = @StartedUtc,
        [StartedByName] = @StartedByName,
        [DoneUtc] = @DoneUtc,
        [DoneByUserId] = @DoneByUserId,
        [DoneByName] = @DoneByName,
        [Version] = [Version] + 1
    WHERE
        [WeeklyReturnId] = @WeeklyReturnId
        AND [CommunityId] = @CommunityId
        AND [Version] = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The community part was changed by someone else since it was read.', 1;
    END
END
