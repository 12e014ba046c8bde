-- Creates an account with its sign-in bookkeeping (no failures, no lock-out) and returns its id. A taken user
-- name, whatever its case, raises 2627 ([UQ_User_UserName]); an unknown scope node raises 547.
CREATE PROCEDURE [dbo].[User_Create]
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
