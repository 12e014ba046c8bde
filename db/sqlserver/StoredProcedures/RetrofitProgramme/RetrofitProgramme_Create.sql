-- Adds a programme; returns its id.
CREATE PROCEDURE [dbo].[RetrofitProgramme_Create]
    @NodeId BIGINT,
    @Name NVARCHAR (200),
    @FirstYear INT,
    @LastYear INT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[RetrofitProgramme] ([NodeId], [Name], [FirstYear], [LastYear])
    VALUES (@NodeId, @Name, @FirstYear, @LastYear);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
