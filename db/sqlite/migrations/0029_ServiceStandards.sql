-- 0029_ServiceStandards: the service standards of the plans (服务标准, issue 20 item 5) as data the office edits, and
-- inspections of managed estates against them (服务质量检查).
-- A standard: what is measured (Measure 1..9; its unit follows from it in Core), the comparison (1 ≥, 2 >, 3 ≤, 4 =),
-- the threshold (decimal as text), the plan it comes from (1..11), the management modes it applies to (bit set:
-- 1 enterprise, 2 committee, 4 community trusteeship, 8 sub-district package), active or not, and its version (edits).
-- An inspection keeps, per value, the standard's version, comparison and threshold it was judged against and the
-- verdict (Met), and its own MeetsAll: a later edit of a standard never changes an old verdict.
-- Seeded below with Core's PlanStandards (same ids; a contract test holds the two together).

CREATE TABLE ServiceStandard (
    Id         INTEGER PRIMARY KEY,
    Measure    INTEGER NOT NULL CHECK (Measure BETWEEN 1 AND 9),
    Comparison INTEGER NOT NULL CHECK (Comparison BETWEEN 1 AND 4),
    Threshold  TEXT    NOT NULL CHECK (typeof(Threshold) = 'text' AND CAST(Threshold AS REAL) >= 0),
    PlanNo     INTEGER NOT NULL CHECK (PlanNo BETWEEN 1 AND 11),
    Modes      INTEGER NOT NULL CHECK (Modes BETWEEN 0 AND 15),
    IsActive   INTEGER NOT NULL CHECK (IsActive IN (0, 1)),
    Version    INTEGER NOT NULL DEFAULT 1
);

INSERT INTO ServiceStandard (Id, Measure, Comparison, Threshold, PlanNo, Modes, IsActive, Version) VALUES
    (1, 1, 1, '92', 3, 1, 1, 1),
    (2, 1, 1, '90', 6, 14, 1, 1),
    (3, 2, 1, '95', 3, 1, 1, 1),
    (4, 3, 4, '100', 7, 15, 1, 1),
    (5, 4, 2, '85', 7, 15, 1, 1),
    (6, 5, 3, '5', 10, 1, 1, 1),
    (7, 6, 3, '2', 10, 1, 1, 1),
    (8, 7, 3, '2', 2, 1, 1, 1),
    (9, 8, 3, '3', 2, 1, 1, 1),
    (10, 9, 1, '2', 9, 8, 1, 1);

CREATE TABLE Inspection (
    Id               INTEGER PRIMARY KEY AUTOINCREMENT,
    EstateId         INTEGER NOT NULL REFERENCES Estate (Id),
    Date             TEXT    NOT NULL,
    Inspector        TEXT    NOT NULL,
    Evidence         TEXT    NULL,
    Mode             INTEGER NOT NULL CHECK (Mode BETWEEN 1 AND 4),
    MeetsAll         INTEGER NOT NULL CHECK (MeetsAll IN (0, 1)),
    RecordedUtc      TEXT    NOT NULL,
    RecordedByUserId INTEGER NOT NULL,
    RecordedByName   TEXT    NOT NULL
);

CREATE INDEX IX_Inspection_EstateId ON Inspection (EstateId, Date, Id);

CREATE TABLE InspectionValue (
    InspectionId    INTEGER NOT NULL REFERENCES Inspection (Id),
    StandardId      INTEGER NOT NULL REFERENCES ServiceStandard (Id),
    Comparison      INTEGER NOT NULL CHECK (Comparison BETWEEN 1 AND 4),
    Threshold       TEXT    NOT NULL CHECK (typeof(Threshold) = 'text'),
    StandardVersion INTEGER NOT NULL,
    Value           TEXT    NOT NULL CHECK (typeof(Value) = 'text' AND CAST(Value AS REAL) >= 0),
    Met             INTEGER NOT NULL CHECK (Met IN (0, 1)),
    PRIMARY KEY (InspectionId, StandardId)
);
