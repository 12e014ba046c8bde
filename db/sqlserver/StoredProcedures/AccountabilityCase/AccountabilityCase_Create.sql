-- Stores a 追责 case; returns its id. The rules (unit, grounds, numbering) are AccountabilityService's (Core); a 通报 number
-- taken twice in a year is the unique index's to refuse (2601).
CREATE PROCEDURE [dbo].[AccountabilityCase_Create]
    @UnitNodeId BIGINT,
    @PersonName NVARCHAR (50),
    @PersonPost NVARCHAR (50),
    @Reason NVARCHAR (MAX),
    @Decision INT,
    @DecidedOn DATE,
    @DecidedBy NVARCHAR (60),
    @IssueYear INT,
    @IssueNo INT,
    @CreatedUtc DATETIME2 (7),
    @CreatedByName NVARCHAR (100)
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    INSERT INTO [dbo].[AccountabilityCase] (
        [UnitNodeId], [PersonName], [PersonPost], [Reason], [Decision], [DecidedOn], [DecidedBy], [IssueYear], [IssueNo],
        [CreatedUtc], [CreatedByName]
    )
    VALUES (
        @UnitNodeId, @PersonName, @PersonPost, @Reason, @Decision, @DecidedOn, @DecidedBy, @IssueYear, @IssueNo,
        @CreatedUtc, @CreatedByName
    );

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
