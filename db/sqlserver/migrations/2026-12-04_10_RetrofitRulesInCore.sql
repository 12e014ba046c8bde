-- 2026-12-04_10_RetrofitRulesInCore: which estates a works project may lead and merge is RetrofitService's rule (Core)
-- now, so the procedures lose their 50400 checks and keep the foreign keys; a target's change no longer hands back the
-- old area, because the audit of the change is built in Core from the target it read. CREATE OR ALTER: re-runnable.

-- Adds a works project and its merged estates (@MergedEstateIds "12,15"); returns its id. Which estates may be the lead
-- and be merged with it is RetrofitService's rule (Core); an unknown estate is refused by the foreign keys.
CREATE OR ALTER PROCEDURE [dbo].[RetrofitProject_Create]
    @EstateId BIGINT,
    @MergedEstateIds NVARCHAR (MAX),
    @Name NVARCHAR (100),
    @WorkItems INT,
    @Area DECIMAL (18, 2),
    @Status INT,
    @StartedDate DATE,
    @CompletedDate DATE,
    @AcceptedDate DATE
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[RetrofitProject] ([EstateId], [Name], [WorkItems], [Area], [Status], [StartedDate], [CompletedDate], [AcceptedDate])
    VALUES (@EstateId, @Name, @WorkItems, @Area, @Status, @StartedDate, @CompletedDate, @AcceptedDate);

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    INSERT INTO [dbo].[RetrofitProjectEstate] ([ProjectId], [EstateId])
    SELECT DISTINCT @Id, CONVERT(BIGINT, S.[value])
    FROM STRING_SPLIT(@MergedEstateIds, N',') S
    WHERE LTRIM(RTRIM(S.[value])) <> N'';

    SELECT @Id AS [Id];
END
GO

-- Saves every editable field and replaces the merged estates if @Version is still current; otherwise raises 50409 and
-- changes nothing. The estate rules are RetrofitService's (Core).
CREATE OR ALTER PROCEDURE [dbo].[RetrofitProject_Update]
    @Id BIGINT,
    @EstateId BIGINT,
    @MergedEstateIds NVARCHAR (MAX),
    @Name NVARCHAR (100),
    @WorkItems INT,
    @Area DECIMAL (18, 2),
    @Status INT,
    @StartedDate DATE,
    @CompletedDate DATE,
    @AcceptedDate DATE,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[RetrofitProject]
    SET
        [EstateId] = @EstateId,
        [Name] = @Name,
        [WorkItems] = @WorkItems,
        [Area] = @Area,
        [Status] = @Status,
        [StartedDate] = @StartedDate,
        [CompletedDate] = @CompletedDate,
        [AcceptedDate] = @AcceptedDate
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The works project was changed by someone else since it was read.', 1;
    END

    DELETE FROM [dbo].[RetrofitProjectEstate] WHERE [ProjectId] = @Id;

    INSERT INTO [dbo].[RetrofitProjectEstate] ([ProjectId], [EstateId])
    SELECT DISTINCT @Id, CONVERT(BIGINT, S.[value])
    FROM STRING_SPLIT(@MergedEstateIds, N',') S
    WHERE LTRIM(RTRIM(S.[value])) <> N'';
END
GO

-- Changes a target's area if @Version is still current; otherwise raises 50409 and changes nothing. The audit of the
-- change is built in Core from the target it read.
CREATE OR ALTER PROCEDURE [dbo].[AreaTarget_Update]
    @Id BIGINT,
    @TargetArea DECIMAL (18, 2),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[AreaTarget]
    SET
        [TargetArea] = @TargetArea
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The area target was changed by someone else since it was read.', 1;
    END
END
GO
