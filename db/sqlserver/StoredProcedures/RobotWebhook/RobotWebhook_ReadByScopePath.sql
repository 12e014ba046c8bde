-- The robots of nodes under @ScopePath, in path order. An empty scope matches nothing; the path is never a wildcard.
CREATE PROCEDURE [dbo].[RobotWebhook_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        W.[NodeId],
        N.[Name] AS [NodeName],
        N.[Path] AS [NodePath],
        W.[Kind],
        W.[Url],
        W.[Secret],
        W.[UpdatedUtc]
    FROM
        [dbo].[RobotWebhook] W
        INNER JOIN [dbo].[Node] N ON N.[Id] = W.[NodeId]
    WHERE
        @ScopePath <> N''
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        N.[Path] ASC
    OPTION (RECOMPILE);
END
