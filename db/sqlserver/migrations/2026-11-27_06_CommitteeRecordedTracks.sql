-- The league counts committees from the estates that have a consultation or a committee only.
-- The tracks of [dbo].[CommitteeTrack_ReadByScopePath] that have a consultation or a current committee: the only
-- estates that can need a committee, have one or be overdue (the league's counts read these, not every estate).
CREATE OR ALTER PROCEDURE [dbo].[CommitteeTrack_ReadRecordedByScopePath]
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
        AND ([Version] <> 0 OR [CommitteeElectedDate] IS NOT NULL)
    ORDER BY
        [SubDistrictSortOrder] ASC,
        [SubDistrictId] ASC,
        [CommunitySortOrder] ASC,
        [CommunityId] ASC,
        [EstateId] ASC;
END
GO
