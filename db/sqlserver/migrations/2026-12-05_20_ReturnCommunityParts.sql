-- 2026-12-05_20_ReturnCommunityParts: the communities share the weekly return (issue 15, P11: 街道负责、社区落实). A
-- community officer fills in its community's rows and marks its part done (已填报); [dbo].[ReturnCommunityPart] keeps
-- each community's part. Re-runnable: the table only when missing; procedures CREATE OR ALTER.

IF OBJECT_ID(N'[dbo].[ReturnCommunityPart]', N'U') IS NULL
BEGIN
    CREATE TABLE [dbo].[ReturnCommunityPart] (
        [WeeklyReturnId] BIGINT         NOT NULL,
        [CommunityId]    BIGINT         NOT NULL,
        [StartedUtc]     DATETIME2 (7)  NULL,
        [StartedByName]  NVARCHAR (100) NULL,
        [DoneUtc]        DATETIME2 (7)  NULL,
        [DoneByUserId]   BIGINT         NULL,
        [DoneByName]     NVARCHAR (100) NULL,
        [Version]        BIGINT         NOT NULL,
        CONSTRAINT [PK_ReturnCommunityPart] PRIMARY KEY CLUSTERED ([WeeklyReturnId] ASC, [CommunityId] ASC),
        CONSTRAINT [FK_ReturnCommunityPart_WeeklyReturn_WeeklyReturnId] FOREIGN KEY ([WeeklyReturnId]) REFERENCES [dbo].[WeeklyReturn] ([Id]),
        CONSTRAINT [FK_ReturnCommunityPart_Node_CommunityId] FOREIGN KEY ([CommunityId]) REFERENCES [dbo].[Node] ([Id])
    );
END
GO

-- The stored community parts of a return, with the community's name, in name order.
CREATE OR ALTER PROCEDURE [dbo].[ReturnCommunityPart_ReadByWeeklyReturnId]
    @WeeklyReturnId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        P.[WeeklyReturnId],
        P.[CommunityId],
        N.[Name] AS [CommunityName],
        P.[StartedUtc],
        P.[StartedByName],
        P.[DoneUtc],
        P.[DoneByUserId],
        P.[DoneByName],
        P.[Version]
    FROM
        [dbo].[ReturnCommunityPart] P
        INNER JOIN [dbo].[Node] N ON N.[Id] = P.[CommunityId]
    WHERE
        P.[WeeklyReturnId] = @WeeklyReturnId
    ORDER BY
        N.[Name] ASC,
        P.[CommunityId] ASC;
END
GO

-- Writes a community's part: inserts it when @Version is 0, otherwise updates it if @Version is still current. A part
-- that already exists (inserted by someone else first) or a stale version raises 50409 and nothing is changed; an
-- unknown return or community raises 547. What may be marked and when is ReturnShare's rule (Core).
CREATE OR ALTER PROCEDURE [dbo].[ReturnCommunityPart_Update]
    @WeeklyReturnId BIGINT,
    @CommunityId BIGINT,
    @StartedUtc DATETIME2 (7),
    @StartedByName NVARCHAR (100),
    @DoneUtc DATETIME2 (7),
    @DoneByUserId BIGINT,
    @DoneByName NVARCHAR (100),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

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
GO
