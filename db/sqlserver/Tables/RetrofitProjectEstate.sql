-- The other estates of a management area merged into one project with its lead estate; replaced as a whole on save.
CREATE TABLE [dbo].[RetrofitProjectEstate] (
    [ProjectId] BIGINT NOT NULL,
    [EstateId]  BIGINT NOT NULL,
    CONSTRAINT [PK_RetrofitProjectEstate] PRIMARY KEY CLUSTERED ([ProjectId] ASC, [EstateId] ASC),
    CONSTRAINT [FK_RetrofitProjectEstate_RetrofitProject_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [dbo].[RetrofitProject] ([Id]),
    CONSTRAINT [FK_RetrofitProjectEstate_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id])
);
GO

CREATE NONCLUSTERED INDEX [IX_RetrofitProjectEstate_EstateId]
    ON [dbo].[RetrofitProjectEstate] ([EstateId] ASC);
