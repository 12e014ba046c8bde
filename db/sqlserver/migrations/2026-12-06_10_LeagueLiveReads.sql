-- 2026-12-06_10_LeagueLiveReads (issue 19): the league's live columns read only the estates they count. The committee
-- columns start from the estates with a consultation or a current committee
-- ([dbo].[CommitteeTrack_ReadRecordedByScopePath], new; [dbo].[CommitteeTrack_ReadByScopePath] is unchanged), the
-- look-back column from the struck-off estates ([IX_Estate_StruckOff], a filtered index). Re-runnable: the index by
-- its guard, the procedure CREATE OR ALTER.

IF INDEXPROPERTY(OBJECT_ID(N'[dbo].[Estate]'), N'IX_Estate_StruckOff', N'IndexID') IS NULL
BEGIN
    CREATE NONCLUSTERED INDEX [IX_Estate_StruckOff]
        ON [dbo].[Estate] ([Id] ASC)
        INCLUDE ([StruckOffDate])
        WHERE [StruckOffDate] IS NOT NULL;
END
GO

-- The committee tracks under @ScopePath of the estates with a consultation or a current committee: the only ones that
-- can need a committee, have one or be overdue (the league's live columns and a return's prefill read these). Over a
-- district or the city it can start from those estates (a few thousand in a city of 50,000) instead of walking every
-- estate of the scope (issue 19: that walk was most of a league week's reads); over one sub-district walking its few
-- hundred estates is cheaper, so RECOMPILE lets the plan follow the scope. Same columns and order as
-- [dbo].[CommitteeTrack_ReadByScopePath].
CREATE OR ALTER PROCEDURE [dbo].[CommitteeTrack_ReadRecordedByScopePath]
    @ScopePath NVARCHAR (200)
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        V.[EstateId],
        V.[EstateName],
        V.[CommunityId],
        V.[CommunityName],
        V.[SubDistrictId],
        V.[SubDistrictName],
        V.[HardwareAcceptedDate],
        V.[ConsultationDate],
        V.[Households],
        V.[BallotsReturned],
        V.[VotesForProfessional],
        V.[OwnersMeetingDate],
        V.[CommitteeElectedDate],
        V.[ChairName],
        V.[MemberCount],
        V.[FilingDate],
        V.[TermEndDate],
        V.[Version]
    FROM
        (
            SELECT C.[EstateId] FROM [dbo].[EstateConsultation] C
            UNION
            SELECT O.[EstateId] FROM [dbo].[OwnersCommittee] O WHERE O.[HandedOverOn] IS NULL
        ) AS R
        INNER JOIN [dbo].[CommitteeTrackView] V ON V.[EstateId] = R.[EstateId]
    WHERE
        @ScopePath <> N''
        AND V.[EstatePath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND V.[IsRetired] = 0
    ORDER BY
        V.[SubDistrictSortOrder] ASC,
        V.[SubDistrictId] ASC,
        V.[CommunitySortOrder] ASC,
        V.[CommunityId] ASC,
        V.[EstateId] ASC
    OPTION (RECOMPILE);
END
GO
