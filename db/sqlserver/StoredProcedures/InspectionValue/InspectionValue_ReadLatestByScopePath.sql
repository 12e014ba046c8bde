-- The values of the newest inspection of each live estate under @ScopePath (as Inspection_ReadLatestByScopePath picks
-- them), with each standard's measure. An empty scope matches nothing; the path is never a wildcard.
CREATE PROCEDURE [dbo].[InspectionValue_ReadLatestByScopePath]
    @ScopePath NVARCHAR (200)
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
        (
            SELECT
                Inspected.[Id],
                ROW_NUMBER() OVER (
                    PARTITION BY Inspected.[EstateId]
                    ORDER BY Inspected.[Date] DESC, Inspected.[Id] DESC
                ) AS [Newness]
            FROM
                [dbo].[Inspection] Inspected
                INNER JOIN [dbo].[Node] Estate ON Estate.[Id] = Inspected.[EstateId]
            WHERE
                @ScopePath <> N''
                AND Estate.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
                AND Estate.[IsRetired] = 0
        ) L
        INNER JOIN [dbo].[InspectionValue] V ON V.[InspectionId] = L.[Id]
        INNER JOIN [dbo].[ServiceStandard] St ON St.[Id] = V.[StandardId]
    WHERE
        L.[Newness] = 1
    ORDER BY
        V.[InspectionId] ASC,
        V.[StandardId] ASC;
END
