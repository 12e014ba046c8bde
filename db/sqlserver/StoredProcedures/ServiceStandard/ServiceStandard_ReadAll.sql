-- Every service standard, by id.
CREATE PROCEDURE [dbo].[ServiceStandard_ReadAll]
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Id],
        [Measure],
        [Comparison],
        [Threshold],
        [PlanNo] AS [Plan],
        [Modes],
        [IsActive],
        [Version]
    FROM
        [dbo].[ServiceStandard]
    ORDER BY
        [Id] ASC;
END
