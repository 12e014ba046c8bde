-- A user with their sign-in bookkeeping, the path and name of their scope node, and the row version of the
-- user row (not of the bookkeeping) as a BIGINT [Version].
CREATE VIEW [dbo].[UserView]
AS
SELECT
    U.[Id],
    U.[UserName],
    U.[DisplayName],
    U.[PasswordHash],
    U.[Role],
    U.[ScopeNodeId],
    U.[Email],
    U.[IsDisabled],
    COALESCE(SignIn.[FailedSignIns], 0) AS [FailedSignIns],
    SignIn.[LockoutEndUtc],
    CONVERT(BIGINT, U.[RowVersion]) AS [Version],
    COALESCE(SignIn.[SecurityStamp], N'') AS [SecurityStamp],
    Scope.[Path] AS [ScopePath],
    Scope.[Name] AS [ScopeName]
FROM
    [dbo].[User] U
    INNER JOIN [dbo].[Node] Scope ON Scope.[Id] = U.[ScopeNodeId]
    LEFT JOIN [dbo].[UserSignIn] SignIn ON SignIn.[UserId] = U.[Id];
