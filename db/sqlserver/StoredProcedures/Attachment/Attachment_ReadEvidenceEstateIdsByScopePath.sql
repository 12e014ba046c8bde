-- The live estates under @ScopePath with an evidence file of their own (owner kind 1) or on a return row (2): the
-- per-mode strike-off evidence rule asks (Core's StrikeOffEvidence). An empty scope matches nothing.
CREATE PROCEDURE [dbo].[Attachment_ReadEvidenceEstateIdsByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT DISTINCT
        A.[NodeId]
    FROM
        [dbo].[Attachment] A
        INNER JOIN [dbo].[Node] N ON N.[Id] = A.[NodeId]
    WHERE
        @ScopePath <> N''
        AND A.[OwnerKind] IN (1, 2)
        AND N.[Path] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND N.[IsRetired] = 0
    ORDER BY
        A.[NodeId] ASC;
END
