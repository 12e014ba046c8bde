-- One ground of a case, written in the case's transaction.
CREATE PROCEDURE [dbo].[AccountabilityGround_Create]
    @CaseId BIGINT,
    @Kind INT,
    @TargetId BIGINT,
    @WeekEnding DATE,
    @Note NVARCHAR (MAX)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[AccountabilityGround] ([CaseId], [Kind], [TargetId], [WeekEnding], [Note])
    VALUES (@CaseId, @Kind, @TargetId, @WeekEnding, @Note);
END
