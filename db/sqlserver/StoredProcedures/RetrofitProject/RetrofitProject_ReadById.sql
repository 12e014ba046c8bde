CREATE PROCEDURE [dbo].[RetrofitProject_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [EstateId],
        [Name],
        [WorkItems],
        [Area],
        [Status],
        [StartedDate],
        [CompletedDate],
        [AcceptedDate],
        [Version],
        [EstateName],
        [EstatePath],
        [CommunityId],
        [MergedIds]
    FROM
        [dbo].[RetrofitProjectView]
    WHERE
        [Id] = @Id;
END
