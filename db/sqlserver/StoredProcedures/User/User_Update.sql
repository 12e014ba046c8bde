-- Updates name, role, scope, e-mail and disabled flag, and the password hash unless @PasswordHash is empty and
-- the security stamp (in [dbo].[UserSignIn]) unless @SecurityStamp is empty, if @Version is still current; otherwise raises 50409 and changes nothing. A taken user name raises 2627, an
-- unknown scope node 547.
CREATE PROCEDURE [dbo].[User_Update]
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
