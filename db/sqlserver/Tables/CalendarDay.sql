-- 法定节假日与调休: a public holiday, or a weekend day worked instead (调休上班). One calendar for the whole portal.
CREATE TABLE [dbo].[CalendarDay] (
    [Date]               DATE           NOT NULL,
    [IsMakeUpWorkingDay] BIT            NOT NULL,
    [Name]               NVARCHAR (100) NOT NULL,
    CONSTRAINT [PK_CalendarDay] PRIMARY KEY CLUSTERED ([Date] ASC)
);
