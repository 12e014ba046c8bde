-- Stores an inspection; returns its id. Its values follow by InspectionValue_Create in the same transaction; the
-- verdicts are Core's (StandardsService).
CREATE PROCEDURE [dbo].[Inspection_Create]
    @EstateId BIGINT,
    @Date DATE,
    @Inspector NVARCHAR (50),
    @Evidence NVARCHAR (200),
    @Mode INT,
    @MeetsAll BIT,
    @RecordedUtc DATETIME2 (7),
    @RecordedByUserId BIGINT,
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[Inspection] (
        [EstateId], [Date], [Inspector], [Evidence], [Mode], [MeetsAll], [RecordedUtc], [RecordedByUserId], [RecordedByName]
    )
    VALUES (
        @EstateId, @Date, @Inspector, @Evidence, @Mode, @MeetsAll, @RecordedUtc, @RecordedByUserId, @RecordedByName
    );

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
