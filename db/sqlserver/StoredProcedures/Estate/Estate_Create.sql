-- The registry row of an estate whose node ([dbo].[Node_Create], level 5) was created in the same transaction.
CREATE PROCEDURE [dbo].[Estate_Create]
    @Id BIGINT,
    @Address NVARCHAR (200),
    @YearBuilt INT,
    @IsCompleteSet BIT,
    @Buildings INT,
    @Households INT,
    @FloorArea DECIMAL (18, 2),
    @ManagementRoomArea DECIMAL (18, 2),
    @IsManagementRoomInterim BIT,
    @Class INT,
    @Status INT,
    @Mode INT,
    @IsPilot BIT,
    @IsBenchmark BIT,
    @SixHaves INT,
    @EightHaves INT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[Estate]
    (
        [Id],
        [Address],
        [YearBuilt],
        [IsCompleteSet],
        [Buildings],
        [Households],
        [FloorArea],
        [ManagementRoomArea],
        [IsManagementRoomInterim],
        [Class],
        [Status],
        [Mode],
        [IsPilot],
        [IsBenchmark],
        [SixHaves],
        [EightHaves]
    )
    VALUES
    (
        @Id,
        @Address,
        @YearBuilt,
        @IsCompleteSet,
        @Buildings,
        @Households,
        @FloorArea,
        @ManagementRoomArea,
        @IsManagementRoomInterim,
        @Class,
        @Status,
        @Mode,
        @IsPilot,
        @IsBenchmark,
        @SixHaves,
        @EightHaves
    );
END
