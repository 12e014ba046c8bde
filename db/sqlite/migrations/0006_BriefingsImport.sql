-- 0006_BriefingsImport: the weekly pack's archive. The briefings of the district and each sub-district, rendered
-- after the week closed and kept with the snapshot they print (PDF bytes in the database, so every web server behind
-- the load balancer serves the same archive). One per node and week: the job that writes them may run twice.
-- (The registry import needs no table: it writes Estate and Node rows in one transaction.)

CREATE TABLE BriefingArchive (
    Id           INTEGER PRIMARY KEY AUTOINCREMENT,
    NodeId       INTEGER NOT NULL REFERENCES Node (Id),
    NodeName     TEXT    NOT NULL,
    WeekEnding   TEXT    NOT NULL,
    SnapshotId   TEXT    NOT NULL,
    GeneratedUtc TEXT    NOT NULL,
    Pdf          BLOB    NOT NULL,
    CONSTRAINT UQ_BriefingArchive_NodeId_WeekEnding UNIQUE (NodeId, WeekEnding)
);

CREATE INDEX IX_BriefingArchive_WeekEnding ON BriefingArchive (WeekEnding);
