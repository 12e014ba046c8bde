-- The league's cache stamp: a number that differs once any change has committed after it was read. Every change
-- writes audit entries, and each entry takes a row version ([dbo].[AuditEntry].[RowVersion]). MIN_ACTIVE_ROWVERSION()
-- is the lowest row version of a transaction still open (or the next one to be handed out): a change uncommitted
-- now holds a version at or above the stamp read now, and once it commits the stamp is past it. MAX([Id]) was not
-- safe: identities go in insert order, so a long transaction could commit a lower id after a higher one. A read of
-- no table, without locks; it also moves for other row-versioned writes, which only costs a rebuild.
CREATE PROCEDURE [dbo].[AuditEntry_ReadChangeStamp]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        CONVERT(BIGINT, MIN_ACTIVE_ROWVERSION()) AS [ChangeStamp];
END
