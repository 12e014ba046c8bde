-- The values of every inspection of an estate, with each standard's measure.
CREATE PROCEDURE [dbo].[InspectionValue_ReadByEstateId]
    @EstateId BIGINT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        V.[InspectionId],
        V.[StandardId],
        St.[Measure],
        V.[Comparison],
        V.[Threshold],
        V.[StandardVersion],
        V.[Value],
        V.[Met]
    FROM
        [dbo].[InspectionValue] V
        INNER JOIN [dbo].[Inspection] I ON I.[Id] = V.[InspectionId]
        INNER JOIN [dbo].[ServiceStandard] St ON St.[Id] = V.[StandardId]
    WHERE
        I.[EstateId] = @EstateId
    ORDER BY
        V.[InspectionId] ASC,
        V.[StandardId] ASC;
END
