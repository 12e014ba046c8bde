-- The whole key ring, oldest first: ASP.NET Core reads every key and picks the current one itself.
CREATE PROCEDURE [dbo].[DataProtectionKey_ReadAll]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CONVERT(BIGINT, [Id]) AS [Id],
        [FriendlyName],
        [Xml]
    FROM
        [dbo].[DataProtectionKey]
    ORDER BY
        [Id] ASC;
END
