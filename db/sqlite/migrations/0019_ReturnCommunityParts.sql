-- 0019_ReturnCommunityParts: the communities share the weekly return (issue 15, P11: 街道负责、社区落实). One row per
-- community that has started (first saved its rows) or marked its part of a return done (已填报); no row is 未开始.
-- Who marked it is kept by id and name, without a foreign key, like the return's submitter. What may be marked and
-- when is Core's ReturnShare; the table keeps one part per return and community and the version.

CREATE TABLE ReturnCommunityPart (
    WeeklyReturnId INTEGER NOT NULL REFERENCES WeeklyReturn (Id),
    CommunityId    INTEGER NOT NULL REFERENCES Node (Id),
    StartedUtc     TEXT    NULL,
    StartedByName  TEXT    NULL,
    DoneUtc        TEXT    NULL,
    DoneByUserId   INTEGER NULL,
    DoneByName     TEXT    NULL,
    Version        INTEGER NOT NULL,
    PRIMARY KEY (WeeklyReturnId, CommunityId)
);
