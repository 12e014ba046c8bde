CREATE PROCEDURE [dbo].[User_ReadById]
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
