-- 小区: the registry facts of an estate. [Id] is also its node's id; the name, the community (the node's parent)
-- and the retired flag live in [dbo].[Node] only and are joined on reads ([dbo].[EstateView]). The address is
-- searched case-insensitively, hence its explicit collation.
CREATE TABLE [dbo].[Estate] (
    [Id]                      BIGINT          NOT NULL,
    [Address]                 NVARCHAR (200)  COLLATE Chinese_Simplified_Pinyin_100_CI_AS_SC NULL,
    [YearBuilt]               INT             NULL,
    [IsCompleteSet]           BIT             NOT NULL,
    [Buildings]               INT             NOT NULL,
    [Households]              INT             NOT NULL,
    [FloorArea]               DECIMAL (18, 2) NOT NULL,
    [ManagementRoomArea]      DECIMAL (18, 2) NULL,
    [IsManagementRoomInterim] BIT             NOT NULL,
    [Class]                   INT             NOT NULL,
    [Status]                  INT             NOT NULL,
    [Mode]                    INT             NOT NULL,
    [IsPilot]                 BIT             NOT NULL,
    [IsBenchmark]             BIT             NOT NULL,
    [SixHaves]                INT             NOT NULL,
    [EightHaves]              INT             NOT NULL,
    [RowVersion]              ROWVERSION      NOT NULL,
    -- 销号: the day an accepted return struck the estate off (2026-12-04_30); NULL while it is on the list.
    [StruckOffDate]           DATE            NULL,
    CONSTRAINT [PK_Estate] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Estate_Node_Id] FOREIGN KEY ([Id]) REFERENCES [dbo].[Node] ([Id]),
    -- Enum ranges are the validator's business (Core); these only refuse what no code path may ever write.
    CONSTRAINT [CK_Estate_Buildings] CHECK ([Buildings] >= 0),
    CONSTRAINT [CK_Estate_Households] CHECK ([Households] >= 0),
    CONSTRAINT [CK_Estate_SixHaves] CHECK ([SixHaves] BETWEEN 0 AND 63),
    CONSTRAINT [CK_Estate_EightHaves] CHECK ([EightHaves] BETWEEN 0 AND 255)
);
GO

-- The registry list's sort keys (Estate_ReadByQuery): over a district or the city a page can be read in key order
-- instead of sorting every estate in scope. Ties go by [Id], the clustered key every nonclustered index carries.
CREATE NONCLUSTERED INDEX [IX_Estate_Class]
    ON [dbo].[Estate] ([Class] ASC);
GO

CREATE NONCLUSTERED INDEX [IX_Estate_Status]
    ON [dbo].[Estate] ([Status] ASC);
GO

CREATE NONCLUSTERED INDEX [IX_Estate_YearBuilt]
    ON [dbo].[Estate] ([YearBuilt] ASC);
GO

CREATE NONCLUSTERED INDEX [IX_Estate_Households]
    ON [dbo].[Estate] ([Households] ASC);
GO

CREATE NONCLUSTERED INDEX [IX_Estate_FloorArea]
    ON [dbo].[Estate] ([FloorArea] ASC);
GO

-- The struck-off estates alone (2026-12-06_10): the look-back list and the league's live look-back column start from
-- them (Estate_ReadStruckOffByScopePath) instead of from every estate of the scope.
CREATE NONCLUSTERED INDEX [IX_Estate_StruckOff]
    ON [dbo].[Estate] ([Id] ASC)
    INCLUDE ([StruckOffDate])
    WHERE [StruckOffDate] IS NOT NULL;
