-- 0004_RetrofitFunding: the old-estate upgrade of P8. Retrofit programmes with area targets per node and year, the
-- works projects (per estate, or per management area merging several estates of one community), and the funding:
-- cost lines per project with their category and hardship application, and payments per payer. The conventions of
-- 0001 hold: names are Core's, dates "yyyy-MM-dd" TEXT, money and area invariant decimal TEXT, Version counts updates.
-- The tables mirror db/sqlserver/Tables so both databases keep the same rows.

-- 老旧住宅小区物业管理提升工程: a programme set by a node (the city) over a run of years.
CREATE TABLE RetrofitProgramme (
    Id        INTEGER PRIMARY KEY AUTOINCREMENT,
    NodeId    INTEGER NOT NULL REFERENCES Node (Id),
    Name      TEXT    NOT NULL CHECK (length(trim(Name)) > 0),
    FirstYear INTEGER NOT NULL,
    LastYear  INTEGER NOT NULL,
    Version   INTEGER NOT NULL DEFAULT 1,
    CHECK (LastYear >= FirstYear)
);

-- 面积目标, m²: per node and year, or per label for a district of the programme outside the portal's hierarchy.
CREATE TABLE AreaTarget (
    Id          INTEGER PRIMARY KEY AUTOINCREMENT,
    ProgrammeId INTEGER NOT NULL REFERENCES RetrofitProgramme (Id),
    NodeId      INTEGER NULL REFERENCES Node (Id),
    Label       TEXT    NULL,
    Year        INTEGER NOT NULL,
    TargetArea  TEXT    NOT NULL CHECK (typeof(TargetArea) = 'text' AND CAST(TargetArea AS REAL) >= 0),
    Version     INTEGER NOT NULL DEFAULT 1,
    CHECK ((NodeId IS NULL) <> (Label IS NULL))
);

CREATE UNIQUE INDEX UX_AreaTarget_ProgrammeId_NodeId_Label_Year ON AreaTarget (ProgrammeId, IFNULL(NodeId, 0), IFNULL(Label, ''), Year);

-- 整治工程: Status is Core's RetrofitStatus, WorkItems its RetrofitWorkItems bit set (seven bits).
CREATE TABLE RetrofitProject (
    Id            INTEGER PRIMARY KEY AUTOINCREMENT,
    EstateId      INTEGER NOT NULL REFERENCES Estate (Id),
    Name          TEXT    NOT NULL CHECK (length(trim(Name)) > 0),
    WorkItems     INTEGER NOT NULL CHECK (WorkItems BETWEEN 1 AND 127),
    Area          TEXT    NOT NULL CHECK (typeof(Area) = 'text' AND CAST(Area AS REAL) > 0),
    Status        INTEGER NOT NULL CHECK (Status BETWEEN 1 AND 4),
    StartedDate   TEXT    NULL,
    CompletedDate TEXT    NULL,
    AcceptedDate  TEXT    NULL,
    Version       INTEGER NOT NULL DEFAULT 1,
    CHECK ((Status = 4) = (AcceptedDate IS NOT NULL))
);

CREATE INDEX IX_RetrofitProject_EstateId ON RetrofitProject (EstateId);

-- The other estates of a management area merged into one project with its lead estate (replaced as a whole on save).
CREATE TABLE RetrofitProjectEstate (
    ProjectId INTEGER NOT NULL REFERENCES RetrofitProject (Id),
    EstateId  INTEGER NOT NULL REFERENCES Estate (Id),
    PRIMARY KEY (ProjectId, EstateId)
);

CREATE INDEX IX_RetrofitProjectEstate_EstateId ON RetrofitProjectEstate (EstateId);

-- 资金: a cost line of a project in a budget year. Category is Core's CostCategory, Hardship its HardshipApplication
-- (housing common parts only), with the decision's date and note. Who pays what is computed in Core, never stored.
CREATE TABLE CostItem (
    Id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    ProjectId           INTEGER NOT NULL REFERENCES RetrofitProject (Id),
    Year                INTEGER NOT NULL,
    Category            INTEGER NOT NULL CHECK (Category >= 1),
    Amount              TEXT    NOT NULL CHECK (typeof(Amount) = 'text' AND CAST(Amount AS REAL) >= 0),
    IsFinalAccount      INTEGER NOT NULL CHECK (IsFinalAccount IN (0, 1)),
    Hardship            INTEGER NOT NULL DEFAULT 0 CHECK (Hardship >= 0),
    HardshipDecidedDate TEXT    NULL,
    HardshipNote        TEXT    NULL,
    Description         TEXT    NULL,
    Version             INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX IX_CostItem_ProjectId ON CostItem (ProjectId, Year);

-- Money paid in by one payer (Core's Payer) towards a project; never edited.
CREATE TABLE Payment (
    Id        INTEGER PRIMARY KEY AUTOINCREMENT,
    ProjectId INTEGER NOT NULL REFERENCES RetrofitProject (Id),
    Payer     INTEGER NOT NULL CHECK (Payer >= 1),
    Amount    TEXT    NOT NULL CHECK (typeof(Amount) = 'text' AND CAST(Amount AS REAL) > 0),
    PaidDate  TEXT    NOT NULL,
    Reference TEXT    NULL
);

CREATE INDEX IX_Payment_ProjectId ON Payment (ProjectId, PaidDate);
