-- The holidays and make-up working days in [@From, @To], in date order.
CREATE PROCEDURE [dbo].[CalendarDay_ReadByDateRange]
    @From DATE,
    @To DATE
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [Date],
        [IsMakeUpWorkingDay],
        [Name]
    FROM
        [dbo].[CalendarDay]
    WHERE
        [Date] BETWEEN @From AND @To
    ORDER BY
        [Date] ASC;
END
