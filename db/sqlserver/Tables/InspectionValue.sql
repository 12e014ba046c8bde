-- One measured value of an inspection with the standard as it stood when judged: its [StandardVersion], [Comparison] and
-- [Threshold], and the verdict [Met] (Core's). Kept so an old verdict is read as it was decided.
CREATE TABLE [dbo].[InspectionValue] (
    [InspectionId]    BIGINT          NOT NULL,
    [StandardId]      BIGINT          NOT NULL,
    [Comparison]      INT             NOT NULL,
    [Threshold]       DECIMAL (18, 2) NOT NULL,
    [StandardVersion] BIGINT          NOT NULL,
    [Value]           DECIMAL (18, 2) NOT NULL,
    [Met]             BIT             NOT NULL,
    CONSTRAINT [PK_InspectionValue] PRIMARY KEY CLUSTERED ([InspectionId] ASC, [StandardId] ASC),
    CONSTRAINT [FK_InspectionValue_Inspection_InspectionId] FOREIGN KEY ([InspectionId]) REFERENCES [dbo].[Inspection] ([Id]),
    CONSTRAINT [FK_InspectionValue_ServiceStandard_StandardId] FOREIGN KEY ([StandardId]) REFERENCES [dbo].[ServiceStandard] ([Id])
);
