-- The days that replace a range of the holiday calendar ([dbo].[CalendarDay_UpdateRange]). Matched by column
-- position: DistrictPortal.Db.Tests checks these columns, in order, against CalendarDayListItem.
CREATE TYPE [dbo].[CalendarDayList] AS TABLE (
    [Date]               DATE           NOT NULL,
    [IsMakeUpWorkingDay] BIT            NOT NULL,
    [Name]               NVARCHAR (100) NOT NULL
);
