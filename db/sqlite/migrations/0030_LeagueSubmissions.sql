-- 0030_LeagueSubmissions: the league for a week reads 14 weeks of its sub-districts' first-submission times and sent-back
-- flags (issue 19: a week nobody opened built its table in ~40 ms, most of it reading whole return summaries). This index
-- carries the four columns that read needs, so it is answered from the index alone, never from the returns' wide rows
-- (narratives). It starts with WeekEnding, so it also serves every read IX_WeeklyReturn_WeekEnding served: that one goes.

CREATE INDEX IX_WeeklyReturn_WeekEnding_Submission ON WeeklyReturn (WeekEnding, SubDistrictId, FirstSubmittedUtc, WasSentBack);
DROP INDEX IX_WeeklyReturn_WeekEnding;
