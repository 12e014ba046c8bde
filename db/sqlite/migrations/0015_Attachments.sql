-- 0015_Attachments: evidence files (证明材料, issue 16) kept in the database, so every web server serves the same
-- files. An attachment belongs to one owner (OwnerKind + OwnerId: an estate, a return row, a consultation, a committee
-- filing, a look-back, a supervision order's answer) and is read inside the scope of its node (an estate, or the
-- sub-district of an order). The type is the one detected from the bytes (1 PDF, 2 JPEG, 3 PNG, 4 XLSX).

CREATE TABLE Attachment (
    Id               INTEGER PRIMARY KEY AUTOINCREMENT,
    OwnerKind        INTEGER NOT NULL,
    OwnerId          INTEGER NOT NULL,
    NodeId           INTEGER NOT NULL REFERENCES Node (Id),
    FileName         TEXT    NOT NULL,
    Type             INTEGER NOT NULL,
    SizeBytes        INTEGER NOT NULL,
    Sha256           TEXT    NOT NULL,
    UploadedUtc      TEXT    NOT NULL,
    UploadedByUserId INTEGER NOT NULL,
    UploadedByName   TEXT    NOT NULL,
    Content          BLOB    NOT NULL
);

CREATE INDEX IX_Attachment_OwnerKind_OwnerId ON Attachment (OwnerKind, OwnerId);
CREATE INDEX IX_Attachment_NodeId ON Attachment (NodeId);
