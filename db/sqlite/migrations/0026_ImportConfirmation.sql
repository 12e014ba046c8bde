-- 0026_ImportConfirmation: a registry import's confirmation, claimed in the import's own transaction (issue 19), so the
-- same confirmation sent twice, to one web server or to two at once, writes once. The key names one preview (a hash of
-- the protected file the preview handed out); rows older than a day are deleted by the next claim.

CREATE TABLE ImportConfirmation (
    ConfirmationKey TEXT NOT NULL PRIMARY KEY,
    ConfirmedUtc    TEXT NOT NULL
);

CREATE INDEX IX_ImportConfirmation_ConfirmedUtc ON ImportConfirmation (ConfirmedUtc);
