-- 0022_AccountabilityCoordination: 追责 cases with their grounds and the 通报 number (issue 16, item 4), and 需区级协调事项
-- taken from accepted returns, assigned to the leading group's member units (成员单位) and tracked with their replies
-- (issue 16, item 7). Rules (who, what, numbering, states) are Core's; the keys below keep integrity only.

CREATE TABLE AccountabilityCase (
    Id            INTEGER PRIMARY KEY AUTOINCREMENT,
    UnitNodeId    INTEGER NOT NULL REFERENCES Node (Id),
    PersonName    TEXT    NULL,
    PersonPost    TEXT    NULL,
    Reason        TEXT    NOT NULL,
    Decision      INTEGER NOT NULL CHECK (Decision BETWEEN 1 AND 3),
    DecidedOn     TEXT    NOT NULL,
    DecidedBy     TEXT    NOT NULL,
    IssueYear     INTEGER NULL,
    IssueNo       INTEGER NULL,
    CreatedUtc    TEXT    NOT NULL,
    CreatedByName TEXT    NOT NULL
);

CREATE INDEX IX_AccountabilityCase_UnitNodeId ON AccountabilityCase (UnitNodeId);
CREATE UNIQUE INDEX UX_AccountabilityCase_IssueYear_IssueNo ON AccountabilityCase (IssueYear, IssueNo) WHERE IssueNo IS NOT NULL;

CREATE TABLE AccountabilityGround (
    CaseId     INTEGER NOT NULL REFERENCES AccountabilityCase (Id),
    Kind       INTEGER NOT NULL CHECK (Kind IN (1, 2)),
    TargetId   INTEGER NOT NULL,
    WeekEnding TEXT    NOT NULL,
    Note       TEXT    NULL,
    PRIMARY KEY (CaseId, Kind, TargetId)
);

CREATE TABLE MemberUnit (
    Id        INTEGER PRIMARY KEY AUTOINCREMENT,
    Name      TEXT    NOT NULL COLLATE NOCASE,
    IsRetired INTEGER NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX UX_MemberUnit_Name ON MemberUnit (Name);

CREATE TABLE CoordinationItem (
    Id             INTEGER PRIMARY KEY AUTOINCREMENT,
    SubDistrictId  INTEGER NOT NULL REFERENCES Node (Id),
    EstateId       INTEGER NOT NULL REFERENCES Estate (Id),
    EstateName     TEXT    NOT NULL,
    WeeklyReturnId INTEGER NOT NULL REFERENCES WeeklyReturn (Id),
    WeekEnding     TEXT    NOT NULL,
    Ask            TEXT    NOT NULL,
    Status         INTEGER NOT NULL CHECK (Status BETWEEN 1 AND 3),
    MemberUnitId   INTEGER NULL REFERENCES MemberUnit (Id),
    CreatedUtc     TEXT    NOT NULL,
    CreatedByName  TEXT    NOT NULL,
    AssignedUtc    TEXT    NULL,
    ClosedUtc      TEXT    NULL,
    Version        INTEGER NOT NULL DEFAULT 1
);

CREATE UNIQUE INDEX UX_CoordinationItem_WeeklyReturnId_EstateId ON CoordinationItem (WeeklyReturnId, EstateId);
CREATE INDEX IX_CoordinationItem_SubDistrictId ON CoordinationItem (SubDistrictId);
CREATE INDEX IX_CoordinationItem_EstateId ON CoordinationItem (EstateId);

CREATE TABLE CoordinationReply (
    Id             INTEGER PRIMARY KEY AUTOINCREMENT,
    ItemId         INTEGER NOT NULL REFERENCES CoordinationItem (Id),
    RepliedOn      TEXT    NOT NULL,
    Text           TEXT    NOT NULL,
    IsClosing      INTEGER NOT NULL DEFAULT 0,
    RecordedUtc    TEXT    NOT NULL,
    RecordedByName TEXT    NOT NULL
);

CREATE INDEX IX_CoordinationReply_ItemId ON CoordinationReply (ItemId);
