-- One measured value of an inspection with the standard's version, comparison and threshold it was judged against and
-- Core's verdict; called after Inspection_Create in the same transaction.
CREATE PROCEDURE [dbo].[InspectionValue_Create]
    @InspectionId BIGINT,
    @StandardId BIGINT,
    @Comparison INT,
    @Threshold DECIMAL (18, 2),
    @StandardVersion BIGINT,
    @Value DECIMAL (18, 2),
    @Met BIT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[InspectionValue] (
        [InspectionId], [StandardId], [Comparison], [Threshold], [StandardVersion], [Value], [Met]
    )
    VALUES (
        @InspectionId, @StandardId, @Comparison, @Threshold, @StandardVersion, @Value, @Met
    );
END
