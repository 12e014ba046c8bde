-- Saves every editable field and replaces the merged estates if @Version is still current (50409 otherwise); the
-- same estate rules as RetrofitProject_Create (50400). Nothing is changed when either is raised.
CREATE PROCEDURE [dbo].[RetrofitProject_Update]
    @Id BIGINT,
    @EstateId BIGINT,
    @MergedEstateIds NVARCHAR (MAX),
    @Name NVARCHAR (100),
    @WorkItems INT,
    @Area DECIMAL (18, 2),
    @Status INT,
    @StartedDate DATE,
    @CompletedDate DATE,
    @AcceptedDate DATE,
    @Version BIGINT
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

    UPDATE
        [dbo].[RetrofitProject]
    SET
        [EstateId] = @EstateId,
        [Name] = @Name,
        [WorkItems] = @WorkItems,
        [Area] = @Area,
        [Status] = @Status,
        [StartedDate] = @StartedDate,
        [CompletedDate] = @CompletedDate,
        [AcceptedDate] = @AcceptedDate
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The works project was changed by someone else since it was read.', 1;
    END

    DELETE FROM [dbo].[RetrofitProjectEstate] WHERE [ProjectId] = @Id;

    INSERT INTO [dbo].[RetrofitProjectEstate] ([ProjectId], [EstateId])
    SELECT DISTINCT @Id, CONVERT(BIGINT, S.[value])
    FROM STRING_SPLIT(@MergedEstateIds, N',') S
    WHERE LTRIM(RTRIM(S.[value])) <> N'';
END
