-- The committee track of every live estate under @ScopePath, by sub-district, community and estate (ids break ties,
-- so both databases give the same order). An empty scope matches nothing; the path is never a wildcard.
-- @RecordedOnly = 1 keeps the estates with a consultation or a current committee: the only ones that can need a
-- committee, have one or be overdue (the league's counts read these, not every estate of a city).
CREATE PROCEDURE [dbo].[CommitteeTrack_ReadByScopePath]
    @ScopePath NVARCHAR (200),
    @RecordedOnly BIT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT
        [EstateId],
        [EstateName],
        [CommunityId],
        [CommunityName],
        [SubDistrictId],
        [SubDistrictName],
        [HardwareAcceptedDate],
        [ConsultationDate],
        [Households],
        [BallotsReturned],
        [VotesForProfessional],
        [OwnersMeetingDate],
        [CommitteeElectedDate],
        [ChairName],
        [MemberCount],
        [FilingDate],
        [TermEndDate],
        [Version]
    FROM
        [dbo].[CommitteeTrackView]
    WHERE
        @ScopePath <> N''
        AND [EstatePath] LIKE REPLACE(REPLACE(REPLACE(@ScopePath, N'[', N'[[]'), N'%', N'[%]'), N'_', N'[_]') + N'%'
        AND [IsRetired] = 0
        AND (@RecordedOnly = 0 OR [Version] <> 0 OR [CommitteeElectedDate] IS NOT NULL)
    ORDER BY
        [SubDistrictSortOrder] ASC,
        [SubDistrictId] ASC,
        [CommunitySortOrder] ASC,
        [CommunityId] ASC,
        [EstateId] ASC
    OPTION (RECOMPILE);
END
