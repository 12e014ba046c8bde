-- Adds a works project and its merged estates (@MergedEstateIds "12,15"); returns its id. The lead must be an estate,
-- and each merged one another estate of the lead's community (one management area), or 50400 and nothing is added.
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

    DECLARE @CommunityId BIGINT = (SELECT [ParentId] FROM [dbo].[Node] WHERE [Id] = @EstateId AND [Level] = 5);

    IF @CommunityId IS NULL
    BEGIN
        THROW 50400, N'A works project is on an estate.', 1;
    END

    IF EXISTS (
        SELECT 1
        FROM STRING_SPLIT(@MergedEstateIds, N',') S
        LEFT JOIN [dbo].[Node] M ON M.[Id] = TRY_CONVERT(BIGINT, S.[value]) AND M.[Level] = 5 AND M.[ParentId] = @CommunityId
        WHERE LTRIM(RTRIM(S.[value])) <> N'' AND (M.[Id] IS NULL OR M.[Id] = @EstateId)
    )
    BEGIN
        THROW 50400, N'Merged estates are other estates of the lead estate''s community.', 1;
    END

    INSERT INTO [dbo].[RetrofitProject] ([EstateId], [Name], [WorkItems], [Area], [Status], [StartedDate], [CompletedDate], [AcceptedDate])
    VALUES (@EstateId, @Name, @WorkItems, @Area, @Status, @StartedDate, @CompletedDate, @AcceptedDate);

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    INSERT INTO [dbo].[RetrofitProjectEstate] ([ProjectId], [EstateId])
    SELECT DISTINCT @Id, CONVERT(BIGINT, S.[value])
    FROM STRING_SPLIT(@MergedEstateIds, N',') S
    WHERE LTRIM(RTRIM(S.[value])) <> N'';

    SELECT @Id AS [Id];
END
