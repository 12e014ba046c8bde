-- 0005_League: indexes for the league tables (周排名) at city scale: 200 sub-districts, 50,000 estates, 104 weeks.
-- "The newest snapshot on or before a week" is one seek per sub-district on (SubDistrictId, WeekEnding, AcceptedUtc,
-- Id), read backwards; open supervision orders are counted from a partial index holding only the open ones.
CREATE INDEX IX_ReturnSnapshot_SubDistrictId_Newest ON ReturnSnapshot (SubDistrictId, WeekEnding DESC, AcceptedUtc DESC, Id DESC);
CREATE INDEX IX_SupervisionOrder_SubDistrictId_Open ON SupervisionOrder (SubDistrictId) WHERE ClosedUtc IS NULL;
