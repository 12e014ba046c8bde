-- A package's estates: [Live] 1 while in it, 0 once taken out or the package dissolved (kept for the record). The
-- filtered unique index keeps an estate in at most one live package.
CREATE TABLE [dbo].[PackageEstate] (
    [PackageId] BIGINT NOT NULL,
    [EstateId]  BIGINT NOT NULL,
    [Live]      BIT    NOT NULL,
    CONSTRAINT [PK_PackageEstate] PRIMARY KEY CLUSTERED ([PackageId] ASC, [EstateId] ASC),
    CONSTRAINT [FK_PackageEstate_Package_PackageId] FOREIGN KEY ([PackageId]) REFERENCES [dbo].[Package] ([Id]),
    CONSTRAINT [FK_PackageEstate_Estate_EstateId] FOREIGN KEY ([EstateId]) REFERENCES [dbo].[Estate] ([Id])
);
GO

CREATE UNIQUE NONCLUSTERED INDEX [IX_PackageEstate_EstateId_Live]
    ON [dbo].[PackageEstate] ([EstateId] ASC)
    WHERE [Live] = 1;
