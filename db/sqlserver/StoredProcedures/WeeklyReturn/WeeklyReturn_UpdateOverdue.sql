-- The deadline job: records that a week's deadline passed with nothing submitted, creating an empty draft when the
-- sub-district has no return for that week. [Marked] is 1 when this call marked it, 0 when it was marked before or
-- something had been submitted, so a retried job changes nothing. UPDLOCK, HOLDLOCK makes two runs for the same
-- week wait for each other instead of both inserting. That the node is a sub-district is Core's rule (ReturnFiler),
-- checked before the call; an unknown node is the foreign key's (547).
CREATE PROCEDURE [dbo].[WeeklyReturn_UpdateOverdue]
    @SubDistrictId BIGINT,
    @WeekEnding DATE,
    @MarkedOverdueUtc DATETIME2 (7)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @Id BIGINT;
    DECLARE @Created BIT = 0;
    DECLARE @Marked BIT = 0;

    SELECT
        @Id = [Id]
    FROM
        [dbo].[WeeklyReturn] WITH (UPDLOCK, HOLDLOCK)
    WHERE
        [SubDistrictId] = @SubDistrictId
        AND [WeekEnding] = @WeekEnding;

    IF @Id IS NULL
    BEGIN
        -- 1 is ReturnStatus.Draft.
        INSERT INTO [dbo].[WeeklyReturn] ([SubDistrictId], [WeekEnding], [Status], [MarkedOverdueUtc])
        VALUES (@SubDistrictId, @WeekEnding, 1, @MarkedOverdueUtc);

        SET @Id = CONVERT(BIGINT, SCOPE_IDENTITY());
        SET @Created = 1;
        SET @Marked = 1;
    END
    ELSE
    BEGIN
        UPDATE
            [dbo].[WeeklyReturn]
        SET
            [MarkedOverdueUtc] = @MarkedOverdueUtc
        WHERE
            [Id] = @Id
            AND [MarkedOverdueUtc] IS NULL
            AND [FirstSubmittedUtc] IS NULL;

        SET @Marked = CASE WHEN @@ROWCOUNT = 1 THEN 1 ELSE 0 END;
    END

    SELECT
        @Id AS [Id],
        @Created AS [Created],
        @Marked AS [Marked];
END
