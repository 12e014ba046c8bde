-- Adds a works project and its merged estates (@MergedEstateIds "12,15"); returns its id. Which estates may be the lead
-- and be merged with it is RetrofitService's rule (Core); an unknown estate is refused by the foreign keys.
CREATE PROCEDURE [dbo].[RetrofitProject_Create]
    @EstateId BIGINT,
    @MergedEstateIds NVARCHAR (MAX),
    @Name NVARCHAR (100),
    @WorkItems INT,
    @Area DECIMAL (18, 2),
    @Status INT,
    @StartedDate DATE,
    @CompletedDate DATE,
    @AcceptedDate DATE
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[RetrofitProject] ([EstateId], [Name], [WorkItems], [Area], [Status], [StartedDate], [CompletedDate], [AcceptedDate])
    VALUES (@EstateId, @Name, @WorkItems, @Area, @Status, @StartedDate, @CompletedDate, @AcceptedDate);

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    INSERT INTO [dbo].[RetrofitProjectEstate] ([ProjectId], [EstateId])
    SELECT DISTINCT @Id, CONVERT(BIGINT, S.[value])
    FROM STRING_SPLIT(@MergedEstateIds, N',') S
    WHERE LTRIM(RTRIM(S.[value])) <> N'';

    SELECT @Id AS [Id];
END
