-- 0027a_ContractsAndManagement: the detail of the ways out (issue 20 items 1-3): an estate's property service contracts
-- (mode 1), the managing body of a self-managed estate with a 物管会's members (mode 2), and a community trusteeship
-- (mode 3). The rules (overlaps, who may be a trustee, what a body holds) are Core's; the keys below keep integrity only.
-- The estate's management mode stays in Estate (one home): these rows are its detail, never a second mode.

CREATE TABLE ServiceContract (
    Id                INTEGER PRIMARY KEY AUTOINCREMENT,
    EstateId          INTEGER NOT NULL REFERENCES Estate (Id),
    EnterpriseId      INTEGER NOT NULL REFERENCES Enterprise (Id),
    StartDate         TEXT    NOT NULL,
    EndDate           TEXT    NOT NULL,
    FeePerSquareMetre TEXT    NOT NULL CHECK (typeof(FeePerSquareMetre) = 'text' AND CAST(FeePerSquareMetre AS REAL) > 0),
    Level             INTEGER NOT NULL CHECK (Level BETWEEN 1 AND 3),
    SignedOn          TEXT    NOT NULL,
    EndedOn           TEXT    NULL,
    CreatedUtc        TEXT    NOT NULL,
    CreatedByName     TEXT    NOT NULL,
    Version           INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX IX_ServiceContract_EstateId ON ServiceContract (EstateId);
CREATE INDEX IX_ServiceContract_EnterpriseId ON ServiceContract (EnterpriseId);

CREATE TABLE ManagingBody (
    EstateId       INTEGER PRIMARY KEY REFERENCES Estate (Id),
    Kind           INTEGER NOT NULL CHECK (Kind IN (1, 2)),
    SinceDate      TEXT    NOT NULL,
    RecordedUtc    TEXT    NOT NULL,
    RecordedByName TEXT    NOT NULL,
    Version        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE ManagingBodyMember (
    EstateId INTEGER NOT NULL REFERENCES ManagingBody (EstateId),
    Position INTEGER NOT NULL,
    Name     TEXT    NOT NULL,
    Role     TEXT    NOT NULL,
    PRIMARY KEY (EstateId, Position)
);

CREATE TABLE Trusteeship (
    EstateId       INTEGER PRIMARY KEY REFERENCES Estate (Id),
    CommunityId    INTEGER NOT NULL REFERENCES Node (Id),
    Services       INTEGER NOT NULL,
    SinceDate      TEXT    NOT NULL,
    Funding        TEXT    NULL,
    RecordedUtc    TEXT    NOT NULL,
    RecordedByName TEXT    NOT NULL,
    Version        INTEGER NOT NULL DEFAULT 1
);
