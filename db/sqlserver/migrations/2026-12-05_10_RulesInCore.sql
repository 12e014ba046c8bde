-- 2026-12-05_10_RulesInCore: the last domain rules the procedures kept are Core's, checked before the call: which node
-- files a weekly return (ReturnFiler: a sub-district), that a node never moves under itself (HierarchyService), the
-- registry search's sort and page (EstateQuery bounds them). WeeklyReturn_Create, WeeklyReturn_UpdateOverdue,
-- ReturnSnapshot_Create, Estate_ReadByQuery and Node_UpdateParent lose their THROW 50400 and keep the unique keys,
-- the foreign keys and the version checks. Re-runnable.

-- Creates a return (normally a draft) with its rows and returns its id. That the node is a sub-district is Core's
-- rule (ReturnFiler), checked before the call; an unknown node raises 547. A second return for the same sub-district and week raises 2627 ([UQ_WeeklyReturn_SubDistrictId_WeekEnding]);
-- the same estate twice in @Rows raises 2627 ([PK_ReturnRow]); an unknown estate raises 547.
CREATE OR ALTER PROCEDURE [dbo].[WeeklyReturn_Create]
    @SubDistrictId BIGINT,
    @WeekEnding DATE,
    @Status INT,
    @FirstSubmittedUtc DATETIME2 (7),
    @LastSubmittedUtc DATETIME2 (7),
    @SubmittedByUserId BIGINT,
    @SubmittedByName NVARCHAR (100),
    @ReviewedUtc DATETIME2 (7),
    @ReviewedByUserId BIGINT,
    @ReviewedByName NVARCHAR (100),
    @ReviewReason NVARCHAR (MAX),
    @HasBeenAccepted BIT,
    @IsRestatement BIT,
    @ProgressNarrative NVARCHAR (MAX),
    @ProblemsNarrative NVARCHAR (MAX),
    @NextWeekPlan NVARCHAR (MAX),
    @Rows [dbo].[ReturnRowList] READONLY
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[WeeklyReturn]
    (
        [SubDistrictId],
        [WeekEnding],
        [Status],
        [FirstSubmittedUtc],
        [LastSubmittedUtc],
        [SubmittedByUserId],
        [SubmittedByName],
        [ReviewedUtc],
        [ReviewedByUserId],
        [ReviewedByName],
        [ReviewReason],
        [HasBeenAccepted],
        [IsRestatement],
        [WasSentBack],
        [ProgressNarrative],
        [ProblemsNarrative],
        [NextWeekPlan]
    )
    VALUES
    (
        @SubDistrictId,
        @WeekEnding,
        @Status,
        @FirstSubmittedUtc,
        @LastSubmittedUtc,
        @SubmittedByUserId,
        @SubmittedByName,
        @ReviewedUtc,
        @ReviewedByUserId,
        @ReviewedByName,
        @ReviewReason,
        @HasBeenAccepted,
        @IsRestatement,
        -- 3 is ReturnStatus.SentBack.
        CASE WHEN @Status = 3 THEN 1 ELSE 0 END,
        @ProgressNarrative,
        @ProblemsNarrative,
        @NextWeekPlan
    );

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    INSERT INTO [dbo].[ReturnRow]
    (
        [WeeklyReturnId],
        [EstateId],
        [EstateName],
        [Households],
        [Mode],
        [SixHaves],
        [ConsultationDate],
        [OwnersMeetingDate],
        [CommitteeElectedDate],
        [ContractSignedDate],
        [IsStruckOff],
        [StruckOffDate],
        [Blockers],
        [HelpAsked],
        [ReviewReason]
    )
    SELECT
        @Id,
        [EstateId],
        [EstateName],
        [Households],
        [Mode],
        [SixHaves],
        [ConsultationDate],
        [OwnersMeetingDate],
        [CommitteeElectedDate],
        [ContractSignedDate],
        [IsStruckOff],
        [StruckOffDate],
        [Blockers],
        [HelpAsked],
        [ReviewReason]
    FROM
        @Rows;

    SELECT @Id AS [Id];
END
GO

-- The deadline job: records that a week's deadline passed with nothing submitted, creating an empty draft when the
-- sub-district has no return for that week. [Marked] is 1 when this call marked it, 0 when it was marked before or
-- something had been submitted, so a retried job changes nothing. UPDLOCK, HOLDLOCK makes two runs for the same
-- week wait for each other instead of both inserting. That the node is a sub-district is Core's rule (ReturnFiler),
-- checked before the call; an unknown node is the foreign key's (547).
CREATE OR ALTER PROCEDURE [dbo].[WeeklyReturn_UpdateOverdue]
    @SubDistrictId BIGINT,
    @WeekEnding DATE,
    @MarkedOverdueUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @Id BIGINT;
    DECLARE @Created BIT = 0;
    DECLARE @Marked BIT = 0;

    SELECT
        @Id = [Id]
    FROM
        [dbo].[WeeklyReturn] WITH (UPDLOCK, HOLDLOCK)
    WHERE
        [SubDistrictId] = @SubDistrictId
        AND [WeekEnding] = @WeekEnding;

    IF @Id IS NULL
    BEGIN
        -- 1 is ReturnStatus.Draft.
        INSERT INTO [dbo].[WeeklyReturn] ([SubDistrictId], [WeekEnding], [Status], [MarkedOverdueUtc])
        VALUES (@SubDistrictId, @WeekEnding, 1, @MarkedOverdueUtc);

        SET @Id = CONVERT(BIGINT, SCOPE_IDENTITY());
        SET @Created = 1;
        SET @Marked = 1;
    END
    ELSE
    BEGIN
        UPDATE
            [dbo].[WeeklyReturn]
        SET
            [MarkedOverdueUtc] = @MarkedOverdueUtc
        WHERE
            [Id] = @Id
            AND [MarkedOverdueUtc] IS NULL
            AND [FirstSubmittedUtc] IS NULL;

        SET @Marked = CASE WHEN @@ROWCOUNT = 1 THEN 1 ELSE 0 END;
    END

    SELECT
        @Id AS [Id],
        @Created AS [Created],
        @Marked AS [Marked];
END
GO

-- Freezes an accepted return's figures. The sub-district, its name and the week are copied from the return as it
-- stands, so a snapshot always agrees with the return it freezes. It is written in the acceptance's transaction
-- right after WeeklyReturn_Update, whose version check (50409) has already refused an unknown return.
CREATE OR ALTER PROCEDURE [dbo].[ReturnSnapshot_Create]
    @WeeklyReturnId BIGINT,
    @AcceptedUtc DATETIME2 (7),
    @IsRestatement BIT,
    @WasOnTime BIT,
    @Baseline INT,
    @Covered INT,
    @Remaining INT,
    @PercentCleared DECIMAL (5, 1),
    @NewlyCovered INT,
    @CommitteesFormed INT,
    @HouseholdsCovered BIGINT,
    @CoveredEstateIds NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[ReturnSnapshot]
    (
        [WeeklyReturnId],
        [SubDistrictId],
        [SubDistrictName],
        [WeekEnding],
        [AcceptedUtc],
        [IsRestatement],
        [WasOnTime],
        [Baseline],
        [Covered],
        [Remaining],
        [PercentCleared],
        [NewlyCovered],
        [CommitteesFormed],
        [HouseholdsCovered],
        [CoveredEstateIds]
    )
    SELECT
        R.[Id],
        R.[SubDistrictId],
        R.[SubDistrictName],
        R.[WeekEnding],
        @AcceptedUtc,
        @IsRestatement,
        @WasOnTime,
        @Baseline,
        @Covered,
        @Remaining,
        @PercentCleared,
        @NewlyCovered,
        @CommitteesFormed,
        @HouseholdsCovered,
        @CoveredEstateIds
    FROM
        [dbo].[WeeklyReturnView] R
    WHERE
        R.[Id] = @WeeklyReturnId;
END
GO

-- One page of a registry search and, in @TotalCount, how many estates match in all.
-- @Sort is Core's EstateSort: 0 Name, 1 Community, 2 Class, 3 Status, 4 YearBuilt, 5 Households, 6 FloorArea; ties
-- are broken by [Id] in the same direction. Core's EstateQuery bounds the sort (an unknown one reads as by name) and
-- the page (from 1), so nothing here refuses them.
CREATE OR ALTER PROCEDURE [dbo].[Estate_ReadByQuery]
    @ScopePath NVARCHAR (200),
    @Text NVARCHAR (200),
    @CommunityId BIGINT,
    @Class INT,
    @Status INT,
    @SixHavesComplete BIT,
    @IncludeRetired BIT,
    @Sort INT,
    @Descending BIT,
    @Page INT,
    @PageSize INT,
    @TotalCount INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        @TotalCount = COUNT(*)
    FROM
        [dbo].[EstateSearch](@ScopePath, @Text, @CommunityId, @Class, @Status, @SixHavesComplete, @IncludeRetired)
    OPTION (RECOMPILE);

    SELECT
        S.[Id],
        S.[CommunityId],
        S.[Name],
        S.[Address],
        S.[YearBuilt],
        S.[IsCompleteSet],
        S.[Buildings],
        S.[Households],
        S.[FloorArea],
        S.[ManagementRoomArea],
        S.[IsManagementRoomInterim],
        S.[Class],
        S.[Status],
        S.[Mode],
        S.[IsPilot],
        S.[IsBenchmark],
        S.[SixHaves],
        S.[EightHaves],
        S.[IsRetired],
        S.[Version],
        S.[CommunityName],
        S.[SubDistrictId],
        S.[SubDistrictName],
        S.[Path]
    FROM
        [dbo].[EstateSearch](@ScopePath, @Text, @CommunityId, @Class, @Status, @SixHavesComplete, @IncludeRetired) S
    ORDER BY
        -- No dynamic SQL: one CASE per key type and direction; the CASEs that do not apply are NULL for every row.
        CASE WHEN @Descending = 0 THEN CASE @Sort WHEN 0 THEN S.[Name] WHEN 1 THEN S.[CommunityName] END END ASC,
        CASE WHEN @Descending = 1 THEN CASE @Sort WHEN 0 THEN S.[Name] WHEN 1 THEN S.[CommunityName] END END DESC,
        CASE WHEN @Descending = 0 THEN CASE @Sort
            WHEN 2 THEN S.[Class]
            WHEN 3 THEN S.[Status]
            WHEN 4 THEN S.[YearBuilt]
            WHEN 5 THEN S.[Households]
            WHEN 6 THEN S.[FloorArea]
        END END ASC,
        CASE WHEN @Descending = 1 THEN CASE @Sort
            WHEN 2 THEN S.[Class]
            WHEN 3 THEN S.[Status]
            WHEN 4 THEN S.[YearBuilt]
            WHEN 5 THEN S.[Households]
            WHEN 6 THEN S.[FloorArea]
        END END DESC,
        CASE WHEN @Descending = 0 THEN S.[Id] END ASC,
        S.[Id] DESC
    OFFSET (@Page - 1) * @PageSize ROWS
    FETCH NEXT @PageSize ROWS ONLY
    OPTION (RECOMPILE);
END
GO

-- Moves a node and its whole subtree under @ParentId and rewrites every path below it.
-- Stale @Version (or no such node) raises 50409; a missing parent is refused by the foreign key (547); a sibling of
-- the same name raises 2627. Nothing is changed then, nor when the node already sits under @ParentId. Which level may
-- sit where, never under a retired node and never under itself is HierarchyService's rule (Core), checked before the
-- call: a parent is exactly one level above, so it can never lie inside the node's own subtree.
CREATE OR ALTER PROCEDURE [dbo].[Node_UpdateParent]
    @Id BIGINT,
    @ParentId BIGINT,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @OldPath NVARCHAR (200);
    DECLARE @Level INT;
    DECLARE @OldParentId BIGINT;

    SELECT
        @OldPath = [Path],
        @Level = [Level],
        @OldParentId = [ParentId]
    FROM
        [dbo].[Node] WITH (UPDLOCK)
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @OldPath IS NULL
    BEGIN
        THROW 50409, N'The node was changed by someone else since it was read.', 1;
    END

    DECLARE @ParentPath NVARCHAR (200);
    DECLARE @ParentLevel INT;
    DECLARE @ParentIsRetired BIT;

    SELECT
        @ParentPath = [Path],
        @ParentLevel = [Level],
        @ParentIsRetired = [IsRetired]
    FROM
        [dbo].[Node]
    WHERE
        [Id] = @ParentId;

    IF @OldParentId = @ParentId
    BEGIN
        RETURN;
    END

    DECLARE @NewPath NVARCHAR (200) = @ParentPath + CONVERT(NVARCHAR (20), @Id) + N'/';

    UPDATE
        [dbo].[Node]
    SET
        [ParentId] = @ParentId
    WHERE
        [Id] = @Id;

    -- The node and every descendant: swap the old path prefix for the new one.
    UPDATE
        [dbo].[Node]
    SET
        [Path] = @NewPath + SUBSTRING([Path], LEN(@OldPath) + 1, 200)
    WHERE
        [Path] LIKE @OldPath + N'%';
END
GO
