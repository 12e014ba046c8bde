-- 0007_RegistryIndexes: the registry list at city scale (50,000 estates). Over a district or the city the list walks
-- its sort key's index and stops after one page instead of sorting every estate in scope (SqliteEstateRepository).
-- Names sort case-insensitively, so their index carries the same NOCASE collation as the ORDER BY; the floor area
-- is stored as text and sorted as a number, so its index is on the same CAST expression.

CREATE INDEX IX_Node_Level_Name ON Node (Level, Name COLLATE NOCASE);
CREATE INDEX IX_Estate_YearBuilt ON Estate (YearBuilt);
CREATE INDEX IX_Estate_Households ON Estate (Households);
CREATE INDEX IX_Estate_FloorArea ON Estate (CAST(FloorArea AS REAL));
