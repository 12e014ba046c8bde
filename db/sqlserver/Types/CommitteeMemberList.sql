-- The members that replace a committee term's list ([dbo].[OwnersCommittee_Create], [dbo].[OwnersCommittee_Update]).
-- Matched by column position: DistrictPortal.Db.Tests checks these columns, in order, against CommitteeMemberListItem.
CREATE TYPE [dbo].[CommitteeMemberList] AS TABLE (
    [Position] INT           NOT NULL,
    [Name]     NVARCHAR (50) NOT NULL,
    [Role]     NVARCHAR (30) NOT NULL,
    [IsChair]  BIT           NOT NULL
);
