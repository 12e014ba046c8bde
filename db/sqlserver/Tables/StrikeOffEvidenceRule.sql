-- The admin's per-mode strike-off evidence rule (issue 16): a strike-off in [Mode] (1..4, P11's four ways) needs an
-- evidence file named [Document] (e.g. 物业服务合同). No row, no requirement. Applied by Core (StrikeOffEvidence).
CREATE TABLE [dbo].[StrikeOffEvidenceRule] (
    [Mode]     INT           NOT NULL,
    [Document] NVARCHAR (50) NOT NULL,
    CONSTRAINT [PK_StrikeOffEvidenceRule] PRIMARY KEY CLUSTERED ([Mode] ASC)
);
