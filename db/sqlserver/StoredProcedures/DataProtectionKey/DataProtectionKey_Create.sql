-- One new key of the ring, as ASP.NET Core's key manager hands it over. Keys are never updated or deleted here:
-- expired ones stay so that old cookies can still be read until they lapse.
CREATE PROCEDURE [dbo].[DataProtectionKey_Create]
    @FriendlyName NVARCHAR (MAX),
    @Xml NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[DataProtectionKey] ([FriendlyName], [Xml])
    VALUES (@FriendlyName, @Xml);
END
