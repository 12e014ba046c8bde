-- Replaces the calendar between @From and @To (both included) with @Days, all or nothing: the caller's
-- transaction holds the delete and the insert together. A day outside the range raises 50400; the same date
-- twice raises 2627 ([PK_CalendarDay]).
CREATE PROCEDURE [dbo].[CalendarDay_UpdateRange]
    @From DATE,
    @To DATE,
    @Days [dbo].[CalendarDayList] READONLY
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF EXISTS (SELECT 1 FROM @Days WHERE [Date] < @From OR [Date] > @To)
    BEGIN
        THROW 50400, N'A calendar day lies outside the range being replaced.', 1;
    END

    DELETE FROM
        [dbo].[CalendarDay]
    WHERE
        [Date] BETWEEN @From AND @To;

    INSERT INTO [dbo].[CalendarDay] ([Date], [IsMakeUpWorkingDay], [Name])
    SELECT
        [Date],
        [IsMakeUpWorkingDay],
        [Name]
    FROM
        @Days;
END
