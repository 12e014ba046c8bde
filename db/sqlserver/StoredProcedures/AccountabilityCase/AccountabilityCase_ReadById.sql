-- One case with its unit's name and path (the scope it is read in), or no row.
CREATE PROCEDURE [dbo].[AccountabilityCase_ReadById]
    @Id BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        C.[Id],
        C.[UnitNodeId],
        N.[Name] AS [UnitName],
        N.[Path] AS [UnitPath],
        C.[PersonName],
        C.[PersonPost],
        C.[Reason],
        C.[Decision],
        C.[DecidedOn],
        C.[DecidedBy],
        C.[IssueYear],
        C.[IssueNo],
        C.[CreatedUtc],
        C.[CreatedByName]
    FROM
        [dbo].[AccountabilityCase] C
        INNER JOIN [dbo].[Node] N ON N.[Id] = C.[UnitNodeId]
    WHERE
        C.[Id] = @Id;
END
