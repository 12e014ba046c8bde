-- Adds a contract (the overlap rule is ContractService's, Core); returns its id.
CREATE PROCEDURE [dbo].[ServiceContract_Create]
    @EstateId BIGINT,
    @EnterpriseId BIGINT,
    @StartDate DATE,
    @EndDate DATE,
    @FeePerSquareMetre DECIMAL (18, 2),
    @Level INT,
    @SignedOn DATE,
    @CreatedUtc DATETIME2 (7),
    @CreatedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[ServiceContract] ([EstateId], [EnterpriseId], [StartDate], [EndDate], [FeePerSquareMetre], [Level], [SignedOn], [CreatedUtc], [CreatedByName])
    VALUES (@EstateId, @EnterpriseId, @StartDate, @EndDate, @FeePerSquareMetre, @Level, @SignedOn, @CreatedUtc, @CreatedByName);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
