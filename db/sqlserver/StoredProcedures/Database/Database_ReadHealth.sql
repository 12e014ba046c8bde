-- For /health: answering at all proves the connection works and that the migrations have run (this proc
-- arrives with them); [MissingTables] names any table that has gone since, NULL when all are there.
CREATE PROCEDURE [dbo].[Database_ReadHealth]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        STRING_AGG(Expected.[Name], N', ') AS [MissingTables]
    FROM
        (
            VALUES
                (N'Node'), (N'Estate'), (N'User'), (N'UserSignIn'), (N'AuditEntry'), (N'DataProtectionKey'),
                (N'Campaign'), (N'CampaignEstate'), (N'CalendarDay'), (N'WeeklyReturn'), (N'ReturnRow'),
                (N'ReturnSnapshot'), (N'Notification'), (N'SupervisionOrder')
        ) AS Expected ([Name])
    WHERE
        OBJECT_ID(N'[dbo].' + QUOTENAME(Expected.[Name]), N'U') IS NULL;
END
