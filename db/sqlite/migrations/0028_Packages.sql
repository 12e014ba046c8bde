-- 0028_Packages: mode 4 of P11 (街道集中管理, issue 20 item 4). A sub-district bundles estates into packages (打包) and
-- tenders each; the community supervises daily (日常监督) and reviews each estate quarterly (季度考评, 0-100); the owners
-- vote on renewal at term end (续聘表决). The rules (at most one live package per estate, tender, scores, the vote's
-- outcome) are Core's (PackageService, PackageRules); the tables keep integrity: the live membership's unique index, one
-- review per estate and quarter, one vote per tender. WinnerEnterpriseId names the enterprise register's row (0027) when
-- the winner is there.

CREATE TABLE Package (
    Id            INTEGER PRIMARY KEY AUTOINCREMENT,
    SubDistrictId INTEGER NOT NULL REFERENCES Node (Id),
    Name          TEXT    NOT NULL,
    CreatedOn     TEXT    NOT NULL,
    DissolvedOn   TEXT    NULL,
    Version       INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX IX_Package_SubDistrictId ON Package (SubDistrictId);

-- Live = 1 while the estate is in the package; 0 once taken out or the package dissolved (kept for the record).
CREATE TABLE PackageEstate (
    PackageId INTEGER NOT NULL REFERENCES Package (Id),
    EstateId  INTEGER NOT NULL REFERENCES Estate (Id),
    Live      INTEGER NOT NULL CHECK (Live IN (0, 1)),
    PRIMARY KEY (PackageId, EstateId)
);

CREATE UNIQUE INDEX IX_PackageEstate_EstateId_Live ON PackageEstate (EstateId) WHERE Live = 1;

CREATE TABLE PackageTender (
    Id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    PackageId          INTEGER NOT NULL REFERENCES Package (Id),
    Date               TEXT    NOT NULL,
    Bidders            TEXT    NOT NULL,
    WinnerName         TEXT    NOT NULL,
    WinnerEnterpriseId INTEGER NULL REFERENCES Enterprise (Id),
    Price              TEXT    NOT NULL,
    TermStart          TEXT    NOT NULL,
    TermEnd            TEXT    NOT NULL,
    RecordedUtc        TEXT    NOT NULL,
    RecordedByName     TEXT    NOT NULL
);

CREATE INDEX IX_PackageTender_PackageId ON PackageTender (PackageId, Date);

CREATE TABLE PackageSupervision (
    Id             INTEGER PRIMARY KEY AUTOINCREMENT,
    PackageId      INTEGER NOT NULL REFERENCES Package (Id),
    EstateId       INTEGER NOT NULL REFERENCES Estate (Id),
    Date           TEXT    NOT NULL,
    Inspector      TEXT    NOT NULL,
    ProblemFound   INTEGER NOT NULL CHECK (ProblemFound IN (0, 1)),
    Finding        TEXT    NOT NULL,
    RecordedUtc    TEXT    NOT NULL,
    RecordedByName TEXT    NOT NULL
);

CREATE INDEX IX_PackageSupervision_PackageId ON PackageSupervision (PackageId, Date);

CREATE TABLE PackageReview (
    Id             INTEGER PRIMARY KEY AUTOINCREMENT,
    PackageId      INTEGER NOT NULL REFERENCES Package (Id),
    EstateId       INTEGER NOT NULL REFERENCES Estate (Id),
    Year           INTEGER NOT NULL,
    Quarter        INTEGER NOT NULL CHECK (Quarter BETWEEN 1 AND 4),
    Score          INTEGER NOT NULL CHECK (Score BETWEEN 0 AND 100),
    Reviewer       TEXT    NOT NULL,
    Note           TEXT    NULL,
    RecordedUtc    TEXT    NOT NULL,
    RecordedByName TEXT    NOT NULL
);

CREATE UNIQUE INDEX IX_PackageReview_Quarter ON PackageReview (PackageId, EstateId, Year, Quarter);

CREATE TABLE PackageVote (
    Id              INTEGER PRIMARY KEY AUTOINCREMENT,
    PackageId       INTEGER NOT NULL REFERENCES Package (Id),
    TenderId        INTEGER NOT NULL REFERENCES PackageTender (Id),
    Date            TEXT    NOT NULL,
    Households      INTEGER NOT NULL,
    BallotsReturned INTEGER NOT NULL,
    VotesForRenewal INTEGER NOT NULL,
    RecordedUtc     TEXT    NOT NULL,
    RecordedByName  TEXT    NOT NULL
);

CREATE UNIQUE INDEX IX_PackageVote_TenderId ON PackageVote (TenderId);
