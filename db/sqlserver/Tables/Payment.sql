-- Money paid in by one payer (Core's Payer) towards a works project; recorded once, never edited.
CREATE TABLE [dbo].[Payment] (
    [Id]        BIGINT          IDENTITY (1, 1) NOT NULL,
    [ProjectId] BIGINT          NOT NULL,
    [Payer]     INT             NOT NULL,
    [Amount]    DECIMAL (18, 2) NOT NULL,
    [PaidDate]  DATE            NOT NULL,
    [Reference] NVARCHAR (200)  NULL,
    CONSTRAINT [PK_Payment] PRIMARY KEY CLUSTERED ([Id] ASC),
    CONSTRAINT [FK_Payment_RetrofitProject_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [dbo].[RetrofitProject] ([Id]),
    CONSTRAINT [CK_Payment_Payer] CHECK ([Payer] >= 1),
    CONSTRAINT [CK_Payment_Amount] CHECK ([Amount] > 0)
);
GO

CREATE NONCLUSTERED INDEX [IX_Payment_ProjectId_PaidDate]
    ON [dbo].[Payment] ([ProjectId] ASC, [PaidDate] ASC);
