-- 0001_Foundation: the hierarchy, the estate registry, user accounts, the audit trail and the
-- data-protection key ring. Table and column names are the Core entity and property names so that
-- Dapper binds entities directly (and so that this schema reads like db/sqlserver).
--
-- Conventions of the SQLite side:
--   * ids are INTEGER PRIMARY KEY AUTOINCREMENT: an id is never reused, because audit rows keep
--     pointing at ids of nodes that were deleted (DeleteIfUnused) long after.
--   * enums and flag sets are INTEGER; booleans INTEGER 0/1.
--   * money and area (decimal(18,2) on SQL Server) are TEXT holding the invariant decimal string,
--     so they round-trip exactly (a REAL column would turn 1234567.89 into a binary fraction).
--     Numeric comparisons CAST them; the typeof() checks keep REALs from creeping in.
--   * times are UTC TEXT "yyyy-MM-ddTHH:mm:ss.fffffffZ" (fixed width, so text order is time order).
--   * Version counts updates of a user-edited row; writers compare it and add one.
--   * enum upper bounds are NOT checked here: SQLite cannot alter a CHECK without rebuilding the
--     table, and Core validates the values. Definitional ranges (flag bit sets, counts) are checked.

CREATE TABLE Node (
    Id          INTEGER PRIMARY KEY AUTOINCREMENT,
    ParentId    INTEGER NULL REFERENCES Node (Id),
    Level       INTEGER NOT NULL CHECK (Level BETWEEN 1 AND 5),
    Name        TEXT    NOT NULL CHECK (length(trim(Name)) > 0),
    -- Materialised path of ids, "/1/4/19/": a scope test is a prefix test.
    Path        TEXT    NOT NULL CHECK (Path LIKE '/%/'),
    IsRetired   INTEGER NOT NULL DEFAULT 0 CHECK (IsRetired IN (0, 1)),
    SortOrder   INTEGER NOT NULL DEFAULT 0,
    Version     INTEGER NOT NULL DEFAULT 1,
    -- Only the city (level 1) is a root.
    CHECK ((ParentId IS NULL) = (Level = 1))
);

CREATE INDEX IX_Node_ParentId ON Node (ParentId);
CREATE UNIQUE INDEX IX_Node_Path ON Node (Path);
-- "All communities under this sub-district": level plus a path range.
CREATE INDEX IX_Node_Level_Path ON Node (Level, Path);
-- Sibling names are unique (case-insensitively, as SQL Server's default collation compares them);
-- IFNULL so that two roots cannot share a name either.
CREATE UNIQUE INDEX UX_Node_ParentId_Name ON Node (IFNULL(ParentId, 0), Name COLLATE NOCASE);

-- An estate (小区) is a node of level 5: its Id is the node's Id, its name and community (ParentId)
-- live in Node only.
CREATE TABLE Estate (
    Id                      INTEGER PRIMARY KEY REFERENCES Node (Id),
    Address                 TEXT    NULL,
    YearBuilt               INTEGER NULL CHECK (YearBuilt IS NULL OR YearBuilt > 0),
    IsCompleteSet           INTEGER NOT NULL DEFAULT 0 CHECK (IsCompleteSet IN (0, 1)),
    Buildings               INTEGER NOT NULL DEFAULT 0 CHECK (Buildings >= 0),
    Households              INTEGER NOT NULL DEFAULT 0 CHECK (Households >= 0),
    FloorArea               TEXT    NOT NULL
        CHECK (typeof(FloorArea) = 'text' AND CAST(FloorArea AS REAL) > 0),
    ManagementRoomArea      TEXT    NULL
        CHECK (ManagementRoomArea IS NULL
               OR (typeof(ManagementRoomArea) = 'text' AND CAST(ManagementRoomArea AS REAL) >= 0)),
    IsManagementRoomInterim INTEGER NOT NULL DEFAULT 0 CHECK (IsManagementRoomInterim IN (0, 1)),
    Class                   INTEGER NOT NULL DEFAULT 0 CHECK (Class >= 0),
    Status                  INTEGER NOT NULL CHECK (Status >= 1),
    Mode                    INTEGER NOT NULL DEFAULT 0 CHECK (Mode >= 0),
    IsPilot                 INTEGER NOT NULL DEFAULT 0 CHECK (IsPilot IN (0, 1)),
    IsBenchmark             INTEGER NOT NULL DEFAULT 0 CHECK (IsBenchmark IN (0, 1)),
    -- 六有 and 八个有 bit sets: six and eight bits by definition.
    SixHaves                INTEGER NOT NULL DEFAULT 0 CHECK (SixHaves BETWEEN 0 AND 63),
    EightHaves              INTEGER NOT NULL DEFAULT 0 CHECK (EightHaves BETWEEN 0 AND 255),
    Version                 INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX IX_Estate_Class ON Estate (Class);
CREATE INDEX IX_Estate_Status ON Estate (Status);

CREATE TABLE [User] (
    Id            INTEGER PRIMARY KEY AUTOINCREMENT,
    UserName      TEXT    NOT NULL COLLATE NOCASE CHECK (length(trim(UserName)) > 0),
    DisplayName   TEXT    NOT NULL,
    PasswordHash  TEXT    NOT NULL,
    Role          INTEGER NOT NULL CHECK (Role >= 1),
    ScopeNodeId   INTEGER NOT NULL REFERENCES Node (Id),
    Email         TEXT    NULL,
    IsDisabled    INTEGER NOT NULL DEFAULT 0 CHECK (IsDisabled IN (0, 1)),
    FailedSignIns INTEGER NOT NULL DEFAULT 0 CHECK (FailedSignIns >= 0),
    LockoutEndUtc TEXT    NULL,
    Version       INTEGER NOT NULL DEFAULT 1
);

CREATE UNIQUE INDEX UX_User_UserName ON [User] (UserName COLLATE NOCASE);
CREATE INDEX IX_User_ScopeNodeId ON [User] (ScopeNodeId);

-- One audited change. No foreign keys on purpose: the trail outlives what it describes
-- (a deleted node), and UserId 0 stands for the system (demo seeding, jobs).
CREATE TABLE AuditEntry (
    Id         INTEGER PRIMARY KEY AUTOINCREMENT,
    AtUtc      TEXT    NOT NULL,
    UserId     INTEGER NOT NULL,
    UserName   TEXT    NOT NULL,
    EntityType TEXT    NOT NULL,
    EntityId   INTEGER NOT NULL,
    Action     TEXT    NOT NULL,
    Field      TEXT    NULL,
    OldValue   TEXT    NULL,
    NewValue   TEXT    NULL
);

CREATE INDEX IX_AuditEntry_EntityType_EntityId ON AuditEntry (EntityType, EntityId, AtUtc);

-- ASP.NET Core data-protection key ring (antiforgery and cookie keys survive restarts).
CREATE TABLE DataProtectionKey (
    Id           INTEGER PRIMARY KEY AUTOINCREMENT,
    FriendlyName TEXT NULL,
    Xml          TEXT NOT NULL
);
