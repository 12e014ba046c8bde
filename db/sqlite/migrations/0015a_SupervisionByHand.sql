-- 0015a_SupervisionByHand: 督办 raised by hand by the office (issue 16) beside the deadline job's. An order by hand
-- (Origin 2) is about the sub-district, one of its estates or one of its returns (SubjectKind 1/2/3, SubjectId), has a
-- required action (整改要求) and a rectification deadline (整改期限), is answered by the sub-district (反馈), may be sent
-- back, and escalates past its deadline (EscalationLevel 1 reminder, 2 约谈, 3 追责). Only the job's orders are one per
-- sub-district and week; the office may raise several in a week.

ALTER TABLE SupervisionOrder ADD COLUMN Origin          INTEGER NOT NULL DEFAULT 1;
ALTER TABLE SupervisionOrder ADD COLUMN SubjectKind     INTEGER NOT NULL DEFAULT 1;
ALTER TABLE SupervisionOrder ADD COLUMN SubjectId       INTEGER NULL;
ALTER TABLE SupervisionOrder ADD COLUMN RequiredAction  TEXT    NULL;
ALTER TABLE SupervisionOrder ADD COLUMN Deadline        TEXT    NULL;
ALTER TABLE SupervisionOrder ADD COLUMN RaisedByName    TEXT    NULL;
ALTER TABLE SupervisionOrder ADD COLUMN Status          INTEGER NOT NULL DEFAULT 1;
ALTER TABLE SupervisionOrder ADD COLUMN Answer          TEXT    NULL;
ALTER TABLE SupervisionOrder ADD COLUMN AnsweredUtc     TEXT    NULL;
ALTER TABLE SupervisionOrder ADD COLUMN AnsweredByName  TEXT    NULL;
ALTER TABLE SupervisionOrder ADD COLUMN SendBackReason  TEXT    NULL;
ALTER TABLE SupervisionOrder ADD COLUMN SentBackUtc     TEXT    NULL;
ALTER TABLE SupervisionOrder ADD COLUMN EscalationLevel INTEGER NOT NULL DEFAULT 0;
ALTER TABLE SupervisionOrder ADD COLUMN EscalatedUtc    TEXT    NULL;

DROP INDEX UX_SupervisionOrder_SubDistrictId_WeekEnding;
CREATE UNIQUE INDEX UX_SupervisionOrder_SubDistrictId_WeekEnding ON SupervisionOrder (SubDistrictId, WeekEnding) WHERE Origin = 1;
