-- The members of one committee term as filed, in order; replaced as a whole when the term is edited.
CREATE TABLE [dbo].[CommitteeMember] (
    [CommitteeId] BIGINT         NOT NULL,
    [Position]    INT            NOT NULL,
    [Name]        NVARCHAR (50)  NOT NULL,
    [Role]        NVARCHAR (30)  NOT NULL,
    [IsChair]     BIT            NOT NULL,
    CONSTRAINT [PK_CommitteeMember] PRIMARY KEY CLUSTERED ([CommitteeId] ASC, [Position] ASC),
    CONSTRAINT [FK_CommitteeMember_OwnersCommittee_CommitteeId] FOREIGN KEY ([CommitteeId]) REFERENCES [dbo].[OwnersCommittee] ([Id])
);
