-- Creates a return (normally a draft) with its rows and returns its id. That the node is a sub-district is Core's
-- rule (ReturnFiler), checked before the call; an unknown node raises 547. A second return for the same sub-district and week raises 2627 ([UQ_WeeklyReturn_SubDistrictId_WeekEnding]);
-- the same estate twice in @Rows raises 2627 ([PK_ReturnRow]); an unknown estate raises 547.
CREATE PROCEDURE [dbo].[WeeklyReturn_Create]
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
