-- Freezes an accepted return's figures. The sub-district, its name and the week are copied from the return as it
-- stands, so a snapshot always agrees with the return it freezes. It is written in the acceptance's transaction
-- right after WeeklyReturn_Update, whose version check (50409) has already refused an unknown return.
CREATE PROCEDURE [dbo].[ReturnSnapshot_Create]
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
