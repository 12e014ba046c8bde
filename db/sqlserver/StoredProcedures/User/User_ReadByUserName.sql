-- Case-insensitive: [UserName] has a case-insensitive collation of its own.
CREATE PROCEDURE [dbo].[User_ReadByUserName]
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
