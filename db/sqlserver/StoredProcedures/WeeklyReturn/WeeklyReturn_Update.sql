-- Saves a return's status fields and narratives and replaces its rows as a whole, if @Version is still current;
-- otherwise raises 50409 and changes nothing. The first submission time, once set, stays (timeliness is judged
-- on it), and [WasSentBack] stays set once the return has been sent back. Duplicate or unknown estates in @Rows
-- raise 2627 or 547, and nothing is changed either.
CREATE PROCEDURE [dbo].[WeeklyReturn_Update]
    @Id BIGINT,
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
    @Rows [dbo].[ReturnRowList] READONLY,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[WeeklyReturn]
    SET
        [Status] = @Status,
        [FirstSubmittedUtc] = COALESCE([FirstSubmittedUtc], @FirstSubmittedUtc),
        [LastSubmittedUtc] = @LastSubmittedUtc,
        [SubmittedByUserId] = @SubmittedByUserId,
        [SubmittedByName] = @SubmittedByName,
        [ReviewedUtc] = @ReviewedUtc,
        [ReviewedByUserId] = @ReviewedByUserId,
        [ReviewedByName] = @ReviewedByName,
        [ReviewReason] = @ReviewReason,
        [HasBeenAccepted] = @HasBeenAccepted,
        [IsRestatement] = @IsRestatement,
        -- 3 is ReturnStatus.SentBack.
        [WasSentBack] = CASE WHEN @Status = 3 THEN 1 ELSE [WasSentBack] END,
        [ProgressNarrative] = @ProgressNarrative,
        [ProblemsNarrative] = @ProblemsNarrative,
        [NextWeekPlan] = @NextWeekPlan
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The weekly return was changed by someone else since it was read.', 1;
    END

    DELETE FROM
        [dbo].[ReturnRow]
    WHERE
        [WeeklyReturnId] = @Id;

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
END
