-- 0024_LeagueLiveReads: the league's live look-back column starts from the struck-off estates (a few thousand at most)
-- instead of walking every estate of the district for them (SqliteLookBackRepository.ListStruckOffInScopeAsync): a
-- partial index holds exactly those estates. Measured with `bench reads` (issue 19): that walk was a quarter of the
-- reads behind /league?week= for a week nobody opened.

CREATE INDEX IX_Estate_StruckOff ON Estate (Id) WHERE StruckOffDate IS NOT NULL;
