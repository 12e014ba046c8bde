-- The committee track of every live estate under @ScopePath, by sub-district, community and estate (ids break ties,
-- so both databases give the same order). An empty scope matches nothing; the path is never a wildcard.
CREATE PROCEDURE [dbo].[CommitteeTrack_ReadByScopePath]
    @ScopePath NVARCHAR (200)
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
    ORDER BY
        [SubDistrictSortOrder] ASC,
        [SubDistrictId] ASC,
        [CommunitySortOrder] ASC,
        [CommunityId] ASC,
        [EstateId] ASC;
END
