-- 0020_LookBacks: look-backs (回头看, P11, issue 16) and the per-mode strike-off evidence rules.
-- A look-back is an inspection on site of an estate the registry holds as struck off: the day, the inspector, who looked
-- (1 community, 2 office), the six haves found (bit set), passed or failed, a note, the strike-off date it looked back on,
-- and whether the failure put the estate back on the list (Relapsed: the registry's strike-off was cleared in the same
-- transaction). The strike-off itself stays the registry's (Estate.StruckOffDate); whether it is provisional is decided
-- in Core from the two (LookBackSchedule).
-- A strike-off evidence rule names, per management mode (1..4), the file a strike-off in that mode needs.

CREATE TABLE LookBack (
    Id               INTEGER PRIMARY KEY AUTOINCREMENT,
    EstateId         INTEGER NOT NULL REFERENCES Estate (Id),
    Date             TEXT    NOT NULL,
    Inspector        TEXT    NOT NULL,
    InspectedBy      INTEGER NOT NULL CHECK (InspectedBy IN (1, 2)),
    SixHaves         INTEGER NOT NULL CHECK (SixHaves BETWEEN 0 AND 63),
    Passed           INTEGER NOT NULL CHECK (Passed IN (0, 1)),
    Note             TEXT    NULL,
    StruckOffDate    TEXT    NOT NULL,
    Relapsed         INTEGER NOT NULL CHECK (Relapsed IN (0, 1)),
    RecordedUtc      TEXT    NOT NULL,
    RecordedByUserId INTEGER NOT NULL,
    RecordedByName   TEXT    NOT NULL
);

CREATE INDEX IX_LookBack_EstateId ON LookBack (EstateId, Date);

CREATE TABLE StrikeOffEvidenceRule (
    Mode     INTEGER PRIMARY KEY CHECK (Mode BETWEEN 1 AND 4),
    Document TEXT    NOT NULL
);
