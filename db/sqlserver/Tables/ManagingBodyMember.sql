-- A 物管会's members in filed order (an owners' committee's members live on its term, [dbo].[CommitteeMember]).
CREATE TABLE [dbo].[ManagingBodyMember] (
    [EstateId] BIGINT        NOT NULL,
    [Position] INT           NOT NULL,
    [Name]     NVARCHAR (50) NOT NULL,
    [Role]     NVARCHAR (20) NOT NULL,
    CONSTRAINT [PK_ManagingBodyMember] PRIMARY KEY CLUSTERED ([EstateId] ASC, [Position] ASC),
    CONSTRAINT [FK_ManagingBodyMember_ManagingBody_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[ManagingBody] ([EstateId])
);
