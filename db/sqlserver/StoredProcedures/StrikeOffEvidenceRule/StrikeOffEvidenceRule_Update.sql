-- Sets (a document) or removes (NULL) the evidence rule of @Mode. The audit comes from Core with the call.
CREATE PROCEDURE [dbo].[StrikeOffEvidenceRule_Update]
    @Mode INT,
    @Document NVARCHAR (50)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF @Document IS NULL
    BEGIN
        DELETE FROM [dbo].[StrikeOffEvidenceRule] WHERE [Mode] = @Mode;
    END
    ELSE IF EXISTS (SELECT 1 FROM [dbo].[StrikeOffEvidenceRule] WITH (UPDLOCK, HOLDLOCK) WHERE [Mode] = @Mode)
    BEGIN
        UPDATE [dbo].[StrikeOffEvidenceRule] SET [Document] = @Document WHERE [Mode] = @Mode;
    END
    ELSE
    BEGIN
        INSERT INTO [dbo].[StrikeOffEvidenceRule] ([Mode], [Document]) VALUES (@Mode, @Document);
    END
END
