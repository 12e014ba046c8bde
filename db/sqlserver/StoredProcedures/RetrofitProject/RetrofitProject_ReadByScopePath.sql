-- Projects whose lead estate lies under @ScopePath, by estate path then id. An empty scope matches nothing; the
-- path is never a wildcard.
CREATE PROCEDURE [dbo].[RetrofitProject_ReadByScopePath]
    @ScopePath NVARCHAR (200)
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
        @ScopePath <> N''
        AND [EstatePath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        [EstatePath] ASC,
        [Id] ASC;
END
