-- Adds a target for a node or a label; returns its id. A second one for the same key violates UQ_AreaTarget_….
CREATE PROCEDURE [dbo].[AreaTarget_Create]
    @ProgrammeId BIGINT,
    @NodeId BIGINT,
    @Label NVARCHAR (100),
    @Year INT,
    @TargetArea DECIMAL (18, 2)
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[AreaTarget] ([ProgrammeId], [NodeId], [Label], [Year], [TargetArea])
    VALUES (@ProgrammeId, @NodeId, @Label, @Year, @TargetArea);

    SELECT CONVERT(BIGINT, SCOPE_IDENTITY()) AS [Id];
END
