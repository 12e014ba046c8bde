-- 2026-12-04_01_SecurityStamp: sign-out, a password change or reset, a new role or scope and disabling end the account's
-- sessions. [dbo].[UserSignIn] gets the account's security stamp (there, like the sign-in bookkeeping, so that signing
-- out does not change the user row's version); the sign-in cookie carries it and every request compares it with the
-- one read by [dbo].[User_ReadById]. Every existing account gets a random stamp of its own (NEWID() is evaluated per
-- row), so cookies issued before this migration are refused once. Re-runnable: the column only when missing,
-- everything else CREATE OR ALTER.

IF COL_LENGTH(N'dbo.UserSignIn', N'SecurityStamp') IS NULL
BEGIN
    ALTER TABLE [dbo].[UserSignIn]
        ADD [SecurityStamp] NVARCHAR (64) CONSTRAINT [DF_UserSignIn_SecurityStamp] DEFAULT (CONVERT (NVARCHAR (64), NEWID())) NOT NULL;
END
GO

-- Every account has its bookkeeping row (User_Create writes one); an account without would have an empty stamp.
INSERT INTO [dbo].[UserSignIn] ([UserId])
SELECT
    U.[Id]
FROM
    [dbo].[User] U
WHERE
    NOT EXISTS (SELECT 1 FROM [dbo].[UserSignIn] S WHERE S.[UserId] = U.[Id]);
GO

-- A user with their sign-in bookkeeping, the path and name of their scope node, and the row version of the
-- user row (not of the bookkeeping) as a BIGINT [Version].
CREATE OR ALTER VIEW [dbo].[UserView]
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
GO

-- Creates an account with its sign-in bookkeeping (no failures, no lock-out) and returns its id. A taken user
-- name, whatever its case, raises 2627 ([UQ_User_UserName]); an unknown scope node raises 547.
CREATE OR ALTER PROCEDURE [dbo].[User_Create]
    @UserName NVARCHAR (100),
    @DisplayName NVARCHAR (100),
    @PasswordHash NVARCHAR (400),
    @Role INT,
    @ScopeNodeId BIGINT,
    @Email NVARCHAR (256),
    @IsDisabled BIT,
    @SecurityStamp NVARCHAR (64)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[User] ([UserName], [DisplayName], [PasswordHash], [Role], [ScopeNodeId], [Email], [IsDisabled])
    VALUES (@UserName, @DisplayName, @PasswordHash, @Role, @ScopeNodeId, @Email, @IsDisabled);

    DECLARE @Id BIGINT = CONVERT(BIGINT, SCOPE_IDENTITY());

    INSERT INTO [dbo].[UserSignIn] ([UserId], [SecurityStamp])
    VALUES (@Id, @SecurityStamp);

    SELECT @Id AS [Id];
END
GO

CREATE OR ALTER PROCEDURE [dbo].[User_ReadById]
    @Id BIGINT
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
        [Id] = @Id;
END
GO

-- Case-insensitive: [UserName] has a case-insensitive collation of its own.
CREATE OR ALTER PROCEDURE [dbo].[User_ReadByUserName]
    @UserName NVARCHAR (100)
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
        [UserName] = @UserName;
END
GO

-- Users whose scope lies under @ScopePath, ordered by user name (Id breaks ties). An empty scope matches nothing.
CREATE OR ALTER PROCEDURE [dbo].[User_ReadByScopePath]
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
GO

-- Updates name, role, scope, e-mail and disabled flag, and the password hash unless @PasswordHash is empty and
-- the security stamp (in [dbo].[UserSignIn]) unless @SecurityStamp is empty, if @Version is still current; otherwise raises 50409 and changes nothing. A taken user name raises 2627, an
-- unknown scope node 547.
CREATE OR ALTER PROCEDURE [dbo].[User_Update]
    @Id BIGINT,
    @UserName NVARCHAR (100),
    @DisplayName NVARCHAR (100),
    @PasswordHash NVARCHAR (400),
    @Role INT,
    @ScopeNodeId BIGINT,
    @Email NVARCHAR (256),
    @IsDisabled BIT,
    @SecurityStamp NVARCHAR (64),
    @Version BIGINT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    -- The version first: a stale form is a conflict even when its user name would also clash.
    IF NOT EXISTS (SELECT 1 FROM [dbo].[User] WITH (UPDLOCK) WHERE [Id] = @Id AND CONVERT(BIGINT, [RowVersion]) = @Version)
    BEGIN
        THROW 50409, N'The user was changed by someone else since it was read.', 1;
    END

    UPDATE
        [dbo].[User]
    SET
        [UserName] = @UserName,
        [DisplayName] = @DisplayName,
        [PasswordHash] = COALESCE(NULLIF(@PasswordHash, N''), [PasswordHash]),
        [Role] = @Role,
        [ScopeNodeId] = @ScopeNodeId,
        [Email] = @Email,
        [IsDisabled] = @IsDisabled
    WHERE
        [Id] = @Id
        AND CONVERT(BIGINT, [RowVersion]) = @Version;

    IF @@ROWCOUNT = 0
    BEGIN
        THROW 50409, N'The user was changed by someone else since it was read.', 1;
    END

    UPDATE
        [dbo].[UserSignIn]
    SET
        [SecurityStamp] = @SecurityStamp
    WHERE
        [UserId] = @Id
        AND @SecurityStamp <> N'';
END
GO

-- Replaces the account's security stamp, which ends every session of it (the cookies carry the old one). Touches
-- only [dbo].[UserSignIn], so the user's version stays as it was. Returns 1, or 0 when the user does not exist.
CREATE OR ALTER PROCEDURE [dbo].[User_UpdateSecurityStamp]
    @Id BIGINT,
    @SecurityStamp NVARCHAR (64)
AS
BEGIN
    SET NOCOUNT ON;

    UPDATE
        [dbo].[UserSignIn]
    SET
        [SecurityStamp] = @SecurityStamp
    WHERE
        [UserId] = @Id;

    SELECT @@ROWCOUNT AS [Updated];
END
GO
