-- The acceptance of the estate's hardware works (the retrofit programme calls this when a project is accepted):
-- not version-checked, creates the row when missing. An unknown estate is the foreign key's (547).
CREATE PROCEDURE [dbo].[EstateConsultation_UpdateWorksAccepted]
    @EstateId BIGINT,
    @WorksAcceptedOn DATE
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    UPDATE
        [dbo].[EstateConsultation] WITH (UPDLOCK, HOLDLOCK)
    SET
        [WorksAcceptedOn] = @WorksAcceptedOn
    WHERE
        [EstateId] = @EstateId
        AND ([WorksAcceptedOn] IS NULL OR [WorksAcceptedOn] <> @WorksAcceptedOn);

    IF @@ROWCOUNT = 0 AND NOT EXISTS (SELECT 1 FROM [dbo].[EstateConsultation] WHERE [EstateId] = @EstateId)
    BEGIN
        INSERT INTO [dbo].[EstateConsultation] ([EstateId], [WorksAcceptedOn])
        VALUES (@EstateId, @WorksAcceptedOn);
    END
END
