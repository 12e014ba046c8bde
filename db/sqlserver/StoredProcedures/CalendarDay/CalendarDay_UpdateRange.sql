-- Replaces the calendar between @From and @To (both included) with @Days, all or nothing: the caller's
-- transaction holds the delete and the insert together. The same date twice raises 2627 ([PK_CalendarDay]); what a
-- replacement may hold (its days inside the range) is decided in Core (HolidayCalendarService) before the call.
CREATE PROCEDURE [dbo].[CalendarDay_UpdateRange]
    @From DATE,
    @To DATE,
    @Days [dbo].[CalendarDayList] READONLY
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

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
