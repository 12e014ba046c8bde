-- 0003_Committees: owners' committees (业主大会 / 业主委员会, P8, P9). Per estate the residents' consultation and the
-- acceptance of its hardware works that starts the consultation clock; committee terms with their members, kept
-- after a re-election (换届) as history. Conventions of 0001: dates "yyyy-MM-dd" TEXT, booleans 0/1, Version counts
-- updates. The tables mirror db/sqlserver/Tables so both databases keep the same rows.

-- 征求居民意见: one row per estate, created by whichever comes first (works accepted, or the consultation itself).
-- Households is the estate's count when consulted: the denominator of "more than half", whatever came back.
CREATE TABLE EstateConsultation (
    EstateId               INTEGER PRIMARY KEY REFERENCES Estate (Id),
    WorksAcceptedOn        TEXT    NULL,
    StartDate              TEXT    NULL,
    EndDate                TEXT    NULL,
    Households             INTEGER NOT NULL DEFAULT 0 CHECK (Households >= 0),
    BallotsReturned        INTEGER NOT NULL DEFAULT 0 CHECK (BallotsReturned >= 0),
    VotesForProfessional   INTEGER NOT NULL DEFAULT 0 CHECK (VotesForProfessional >= 0),
    VotesForCommunityBased INTEGER NOT NULL DEFAULT 0 CHECK (VotesForCommunityBased >= 0),
    Version                INTEGER NOT NULL DEFAULT 1
);

-- 业主委员会: one term. HandedOverOn is set when the next term takes over; at most one current term per estate.
CREATE TABLE OwnersCommittee (
    Id           INTEGER PRIMARY KEY AUTOINCREMENT,
    EstateId     INTEGER NOT NULL REFERENCES Estate (Id),
    Term         INTEGER NOT NULL CHECK (Term >= 1),
    MeetingDate  TEXT    NOT NULL,
    FilingDate   TEXT    NULL,
    TermEndDate  TEXT    NOT NULL,
    HandedOverOn TEXT    NULL,
    Version      INTEGER NOT NULL DEFAULT 1
);

CREATE UNIQUE INDEX UX_OwnersCommittee_EstateId_Term ON OwnersCommittee (EstateId, Term);
CREATE UNIQUE INDEX UX_OwnersCommittee_EstateId_Current ON OwnersCommittee (EstateId) WHERE HandedOverOn IS NULL;

-- The members of one term as filed, replaced as a whole when the term is edited.
CREATE TABLE CommitteeMember (
    CommitteeId INTEGER NOT NULL REFERENCES OwnersCommittee (Id),
    Position    INTEGER NOT NULL CHECK (Position >= 1),
    Name        TEXT    NOT NULL CHECK (length(trim(Name)) > 0),
    Role        TEXT    NOT NULL DEFAULT '',
    IsChair     INTEGER NOT NULL DEFAULT 0 CHECK (IsChair IN (0, 1)),
    PRIMARY KEY (CommitteeId, Position)
);
