-- 0002_WeeklyReturns: the Friday return (每周五报送, P11). Campaigns and their baseline lists (清零台账), the holiday
-- calendar, weekly returns with their rows and the snapshots frozen at acceptance, the in-portal inbox and
-- supervision orders (督办). The conventions of 0001 hold: names are Core's, times UTC TEXT, dates "yyyy-MM-dd"
-- TEXT (so text order is date order), decimals invariant TEXT, booleans 0/1, Version counts updates.
-- The tables mirror db/sqlserver/Tables so both databases keep the same rows.

-- 无物业管理小区清零行动: one district's campaign. DeadlineDay is .NET's DayOfWeek (0 Sunday .. 6 Saturday);
-- DeadlineTime the local time of day as "HH:mm:ss".
CREATE TABLE Campaign (
    Id           INTEGER PRIMARY KEY AUTOINCREMENT,
    DistrictId   INTEGER NOT NULL REFERENCES Node (Id),
    Name         TEXT    NOT NULL CHECK (length(trim(Name)) > 0),
    StartDate    TEXT    NOT NULL,
    TargetDate   TEXT    NULL,
    DeadlineDay  INTEGER NOT NULL CHECK (DeadlineDay BETWEEN 0 AND 6),
    DeadlineTime TEXT    NOT NULL,
    Version      INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX IX_Campaign_DistrictId ON Campaign (DistrictId);

-- One estate on a campaign's list. Removal keeps the row with when and why; adding it again clears that.
-- Name, community, households and sub-district are the registry's, joined on reads.
CREATE TABLE CampaignEstate (
    CampaignId    INTEGER NOT NULL REFERENCES Campaign (Id),
    EstateId      INTEGER NOT NULL REFERENCES Estate (Id),
    AddedUtc      TEXT    NOT NULL,
    AddedReason   TEXT    NULL,
    RemovedUtc    TEXT    NULL,
    RemovedReason TEXT    NULL,
    PRIMARY KEY (CampaignId, EstateId)
);

CREATE INDEX IX_CampaignEstate_EstateId ON CampaignEstate (EstateId);

-- 法定节假日与调休: one calendar for the whole portal.
CREATE TABLE CalendarDay (
    Date               TEXT    NOT NULL PRIMARY KEY,
    IsMakeUpWorkingDay INTEGER NOT NULL CHECK (IsMakeUpWorkingDay IN (0, 1)),
    Name               TEXT    NOT NULL
);

-- 周报: one sub-district's return for one week, named by its Friday. WasSentBack is sticky (set the first time
-- the status becomes SentBack) and MarkedOverdueUtc is set by the deadline job; nobody types either. Who
-- submitted or reviewed is kept by id and name without foreign keys, like the audit trail.
CREATE TABLE WeeklyReturn (
    Id                INTEGER PRIMARY KEY AUTOINCREMENT,
    SubDistrictId     INTEGER NOT NULL REFERENCES Node (Id),
    WeekEnding        TEXT    NOT NULL,
    Status            INTEGER NOT NULL CHECK (Status >= 1),
    FirstSubmittedUtc TEXT    NULL,
    LastSubmittedUtc  TEXT    NULL,
    SubmittedByUserId INTEGER NULL,
    SubmittedByName   TEXT    NULL,
    ReviewedUtc       TEXT    NULL,
    ReviewedByUserId  INTEGER NULL,
    ReviewedByName    TEXT    NULL,
    ReviewReason      TEXT    NULL,
    HasBeenAccepted   INTEGER NOT NULL DEFAULT 0 CHECK (HasBeenAccepted IN (0, 1)),
    IsRestatement     INTEGER NOT NULL DEFAULT 0 CHECK (IsRestatement IN (0, 1)),
    WasSentBack       INTEGER NOT NULL DEFAULT 0 CHECK (WasSentBack IN (0, 1)),
    MarkedOverdueUtc  TEXT    NULL,
    ProgressNarrative TEXT    NULL,
    ProblemsNarrative TEXT    NULL,
    NextWeekPlan      TEXT    NULL,
    Version           INTEGER NOT NULL DEFAULT 1
);

-- One return per sub-district and week.
CREATE UNIQUE INDEX UX_WeeklyReturn_SubDistrictId_WeekEnding ON WeeklyReturn (SubDistrictId, WeekEnding);
CREATE INDEX IX_WeeklyReturn_WeekEnding ON WeeklyReturn (WeekEnding);

-- One estate of a return: the return's own document, so the estate's name and households are kept as filed
-- for that week; the rows are replaced as a whole on save.
CREATE TABLE ReturnRow (
    WeeklyReturnId       INTEGER NOT NULL REFERENCES WeeklyReturn (Id),
    EstateId             INTEGER NOT NULL REFERENCES Estate (Id),
    EstateName           TEXT    NOT NULL,
    Households           INTEGER NOT NULL CHECK (Households >= 0),
    Mode                 INTEGER NOT NULL DEFAULT 0 CHECK (Mode >= 0),
    SixHaves             INTEGER NOT NULL DEFAULT 0 CHECK (SixHaves BETWEEN 0 AND 63),
    ConsultationDate     TEXT    NULL,
    OwnersMeetingDate    TEXT    NULL,
    CommitteeElectedDate TEXT    NULL,
    ContractSignedDate   TEXT    NULL,
    IsStruckOff          INTEGER NOT NULL DEFAULT 0 CHECK (IsStruckOff IN (0, 1)),
    StruckOffDate        TEXT    NULL,
    Blockers             TEXT    NULL,
    HelpAsked            TEXT    NULL,
    ReviewReason         TEXT    NULL,
    PRIMARY KEY (WeeklyReturnId, EstateId)
);

CREATE INDEX IX_ReturnRow_EstateId ON ReturnRow (EstateId);

-- A week's figures frozen at acceptance; a restatement adds another and the newest is current. The
-- sub-district's id, name and week are copied from the return then, so a snapshot never moves.
-- PercentCleared is Core's percentage to one decimal, as decimal TEXT.
CREATE TABLE ReturnSnapshot (
    Id                INTEGER PRIMARY KEY AUTOINCREMENT,
    WeeklyReturnId    INTEGER NOT NULL REFERENCES WeeklyReturn (Id),
    SubDistrictId     INTEGER NOT NULL REFERENCES Node (Id),
    SubDistrictName   TEXT    NOT NULL,
    WeekEnding        TEXT    NOT NULL,
    AcceptedUtc       TEXT    NOT NULL,
    IsRestatement     INTEGER NOT NULL CHECK (IsRestatement IN (0, 1)),
    WasOnTime         INTEGER NOT NULL CHECK (WasOnTime IN (0, 1)),
    Baseline          INTEGER NOT NULL CHECK (Baseline >= 0),
    Covered           INTEGER NOT NULL CHECK (Covered >= 0),
    Remaining         INTEGER NOT NULL CHECK (Remaining >= 0),
    PercentCleared    TEXT    NULL
        CHECK (PercentCleared IS NULL OR (typeof(PercentCleared) = 'text' AND CAST(PercentCleared AS REAL) BETWEEN 0 AND 100)),
    NewlyCovered      INTEGER NOT NULL CHECK (NewlyCovered >= 0),
    CommitteesFormed  INTEGER NOT NULL CHECK (CommitteesFormed >= 0),
    HouseholdsCovered INTEGER NOT NULL CHECK (HouseholdsCovered >= 0),
    CoveredEstateIds  TEXT    NOT NULL
);

CREATE INDEX IX_ReturnSnapshot_WeeklyReturnId ON ReturnSnapshot (WeeklyReturnId, AcceptedUtc, Id);
CREATE INDEX IX_ReturnSnapshot_SubDistrictId_WeekEnding ON ReturnSnapshot (SubDistrictId, WeekEnding);

-- 站内通知. DedupKey compares byte for byte (SQLite's default BINARY collation): the jobs generate it, and a
-- retried job writing the same key again adds nothing.
CREATE TABLE Notification (
    Id         INTEGER PRIMARY KEY AUTOINCREMENT,
    UserId     INTEGER NOT NULL REFERENCES [User] (Id),
    DedupKey   TEXT    NOT NULL CHECK (length(DedupKey) > 0),
    Title      TEXT    NOT NULL,
    Body       TEXT    NOT NULL,
    Link       TEXT    NULL,
    CreatedUtc TEXT    NOT NULL,
    ReadUtc    TEXT    NULL
);

CREATE UNIQUE INDEX UX_Notification_UserId_DedupKey ON Notification (UserId, DedupKey);
CREATE INDEX IX_Notification_UserId_CreatedUtc ON Notification (UserId, CreatedUtc DESC, Id DESC);

-- 督办: one order per sub-district and the week that triggered it, closed with a note.
CREATE TABLE SupervisionOrder (
    Id            INTEGER PRIMARY KEY AUTOINCREMENT,
    SubDistrictId INTEGER NOT NULL REFERENCES Node (Id),
    WeekEnding    TEXT    NOT NULL,
    Reason        TEXT    NOT NULL CHECK (length(trim(Reason)) > 0),
    RaisedUtc     TEXT    NOT NULL,
    ClosedUtc     TEXT    NULL,
    CloseNote     TEXT    NULL,
    ClosedByName  TEXT    NULL,
    Version       INTEGER NOT NULL DEFAULT 1
);

CREATE UNIQUE INDEX UX_SupervisionOrder_SubDistrictId_WeekEnding ON SupervisionOrder (SubDistrictId, WeekEnding);
