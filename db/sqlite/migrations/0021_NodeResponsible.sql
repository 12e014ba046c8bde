-- 0021_NodeResponsible (issue 16 item 5): a node's 第一责任人 (P5), its name, post and phone, one row per node. What may
-- be stored (levels, lengths, the phone's form) is Core's ResponsibleService; the row keeps only a node that exists.

CREATE TABLE NodeResponsible (
    NodeId     INTEGER PRIMARY KEY REFERENCES Node (Id),
    Name       TEXT    NOT NULL CHECK (length(Name) > 0),
    Post       TEXT    NOT NULL CHECK (length(Post) > 0),
    Phone      TEXT    NOT NULL CHECK (length(Phone) > 0),
    UpdatedUtc TEXT    NOT NULL
);
