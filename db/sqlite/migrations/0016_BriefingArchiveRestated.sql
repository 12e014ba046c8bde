-- 0016_BriefingArchiveRestated: the weekly pack archives a week again whenever the snapshot it prints changes (a later
-- acceptance, a restatement), so the archive keeps one briefing per node, week AND snapshot; the older copies stay,
-- shown as superseded. A briefing archived while some of its returns were not yet accepted is marked provisional.
-- SQLite cannot drop a table constraint: the table is rebuilt with the new key (nothing references it).
CREATE TABLE BriefingArchive_New (
    Id            INTEGER PRIMARY KEY AUTOINCREMENT,
    NodeId        INTEGER NOT NULL REFERENCES Node (Id),
    NodeName      TEXT    NOT NULL,
    WeekEnding    TEXT    NOT NULL,
    SnapshotId    TEXT    NOT NULL,
    GeneratedUtc  TEXT    NOT NULL,
    Pdf           BLOB    NOT NULL,
    IsProvisional INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT UQ_BriefingArchive_NodeId_WeekEnding_SnapshotId UNIQUE (NodeId, WeekEnding, SnapshotId)
);

INSERT INTO BriefingArchive_New (Id, NodeId, NodeName, WeekEnding, SnapshotId, GeneratedUtc, Pdf, IsProvisional)
SELECT Id, NodeId, NodeName, WeekEnding, SnapshotId, GeneratedUtc, Pdf, CASE WHEN SnapshotId LIKE '%-无' THEN 1 ELSE 0 END
FROM BriefingArchive;

DROP TABLE BriefingArchive;
ALTER TABLE BriefingArchive_New RENAME TO BriefingArchive;
CREATE INDEX IX_BriefingArchive_WeekEnding ON BriefingArchive (WeekEnding);
