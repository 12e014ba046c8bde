-- Saves every editable field and replaces the merged estates if @Version is still current; otherwise raises 50409 and
-- changes nothing. The estate rules are RetrofitService's (Core).
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
