-- Updates the registry facts and the node's name if @Version (the estate row's) is still current; otherwise
-- raises 50409 and changes nothing. A sibling estate of the same name raises 2627 ([UQ_Node_ParentId_Name]).
CREATE PROCEDURE [dbo].[Estate_Update]
    @Id BIGINT,
    @Name NVARCHAR (100),
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
    @EightHaves INT,
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[Estate]
    SET
        [Address] = @Address,
        [YearBuilt] = @YearBuilt,
        [IsCompleteSet] = @IsCompleteSet,
        [Buildings] = @Buildings,
        [Households] = @Households,
        [FloorArea] = @FloorArea,
        [ManagementRoomArea] = @ManagementRoomArea,
        [IsManagementRoomInterim] = @IsManagementRoomInterim,
        [Class] = @Class,
        [Status] = @Status,
        [Mode] = @Mode,
        [IsPilot] = @IsPilot,
        [IsBenchmark] = @IsBenchmark,
        [SixHaves] = @SixHaves,
        [EightHaves] = @EightHaves
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The estate was changed by someone else since it was read.', 1;
    END

    -- Touch the node only when the name really changed (binary compare, so a change of case counts),
    -- so that editing an estate's facts does not make the hierarchy page's copy of the node stale.
    UPDATE
        [dbo].[Node]
    SET
        [Name] = @Name
    WHERE
        [Id] = @Id
        AND [Name] <> @Name COLLATE Latin1_General_100_BIN2;
END
