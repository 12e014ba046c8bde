-- 0017_SharedInstanceState: what two web servers on one database must count together (issue 19).
-- SignInFailure: failed sign-ins per network address, so the address throttle counts across every server (it was in
-- each server's memory). Rows older than the window are deleted by the next failure.
-- ScheduledRun: a recurring job's run of one schedule slot, claimed by the server that runs it; the primary key lets
-- exactly one server claim a slot. Rows older than a week are deleted by the next claim.

CREATE TABLE SignInFailure (
    Id        INTEGER PRIMARY KEY,
    Address   TEXT NOT NULL,
    FailedUtc TEXT NOT NULL
);

CREATE INDEX IX_SignInFailure_Address_FailedUtc ON SignInFailure (Address, FailedUtc);
CREATE INDEX IX_SignInFailure_FailedUtc ON SignInFailure (FailedUtc);

CREATE TABLE ScheduledRun (
    JobId      TEXT NOT NULL,
    SlotUtc    TEXT NOT NULL,
    Holder     TEXT NOT NULL,
    ClaimedUtc TEXT NOT NULL,
    PRIMARY KEY (JobId, SlotUtc)
);

CREATE INDEX IX_ScheduledRun_ClaimedUtc ON ScheduledRun (ClaimedUtc);
