-- 整治工程: works on an estate (its lead estate when several are merged into one management area). Status is Core's
-- RetrofitStatus (4 = accepted, the only status with an acceptance date), WorkItems its RetrofitWorkItems bit set.
CREATE TABLE [dbo].[RetrofitProject] (
    [Id]            BIGINT          IDENTITY (1, 1) NOT NULL,
    [EstateId]      BIGINT          NOT NULL,
    [Name]          NVARCHAR (100)  NOT NULL,
    [WorkItems]     INT             NOT NULL,
    [Area]          DECIMAL (18, 2) NOT NULL,
    [Status]        INT             NOT NULL,
    [StartedDate]   DATE            NULL,
    [CompletedDate] DATE            NULL,
    [AcceptedDate]  DATE            NULL,
    [RowVersion]    ROWVERSION      NOT NULL,
    CONSTRAINT [PK_RetrofitProject] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_RetrofitProject_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id]),
    CONSTRAINT [CK_RetrofitProject_WorkItems] CHECK ([WorkItems] BETWEEN 1 AND 127),
    CONSTRAINT [CK_RetrofitProject_Area] CHECK ([Area] > 0),
    CONSTRAINT [CK_RetrofitProject_Status] CHECK ([Status] BETWEEN 1 AND 4),
    CONSTRAINT [CK_RetrofitProject_AcceptedDate] CHECK (([Status] = 4 AND [AcceptedDate] IS NOT NULL) OR ([Status] <> 4 AND [AcceptedDate] IS NULL))
);
GO

CREATE NONCLUSTERED INDEX [IX_RetrofitProject_EstateId]
    ON [dbo].[RetrofitProject] ([EstateId] ASC);
