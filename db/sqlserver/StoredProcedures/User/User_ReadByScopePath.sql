-- Users whose scope lies under @ScopePath, ordered by user name (Id breaks ties). An empty scope matches nothing.
CREATE PROCEDURE [dbo].[User_ReadByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [UserName],
        [DisplayName],
        [PasswordHash],
        [Role],
        [ScopeNodeId],
        [Email],
        [IsDisabled],
        [FailedSignIns],
        [LockoutEndUtc],
        [Version],
        [SecurityStamp],
        [ScopePath],
        [ScopeName]
    FROM
        [dbo].[UserView]
    WHERE
        @ScopePath <> N''
        AND [ScopePath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
    ORDER BY
        [UserName] ASC,
        [Id] ASC;
END
