-- Stores a look-back; returns its id. The rules and the relapse decision are Core's (LookBackService); the registry
-- write of a relapse is Estate_UpdateRelapse, called first in the same transaction.
CREATE PROCEDURE [dbo].[LookBack_Create]
    @EstateId BIGINT,
    @Date DATE,
    @Inspector NVARCHAR (50),
    @By INT,
    @SixHaves INT,
    @Passed BIT,
    @Note NVARCHAR (500),
    @StruckOffDate DATE,
    @Relapsed BIT,
    @RecordedUtc DATETIME2 (7),
    @RecordedByUserId BIGINT,
    @RecordedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[LookBack] (
        [EstateId], [Date], [Inspector], [InspectedBy], [SixHaves], [Passed], [Note], [StruckOffDate], [Relapsed],
        [RecordedUtc], [RecordedByUserId], [RecordedByName]
    )
    VALUES (
        @EstateId, @Date, @Inspector, @By, @SixHaves, @Passed, @Note, @StruckOffDate, @Relapsed,
        @RecordedUtc, @RecordedByUserId, @RecordedByName
    );

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
