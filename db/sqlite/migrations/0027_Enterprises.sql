-- 0027_Enterprises: the register of property service enterprises (物业服务企业, issue 20 item 1). The credit code's form
-- and check character are Core's rules (CreditCode); the unique key below keeps one row per code.

CREATE TABLE Enterprise (
    Id           INTEGER PRIMARY KEY AUTOINCREMENT,
    Name         TEXT    NOT NULL,
    CreditCode   TEXT    NOT NULL COLLATE NOCASE,
    IsStateOwned INTEGER NOT NULL DEFAULT 0,
    ContactName  TEXT    NULL,
    ContactPhone TEXT    NULL,
    Version      INTEGER NOT NULL DEFAULT 1
);

CREATE UNIQUE INDEX UX_Enterprise_CreditCode ON Enterprise (CreditCode);
