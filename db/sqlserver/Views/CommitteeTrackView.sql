-- One row per estate on its way to an owners' committee, as Core's CommitteeTrack sees it: the consultation (its end
-- date is when it was held), the current term with its chair and member count, the estate's community and
-- sub-district, and the estate's path and retired flag for scope filters. Estates with nothing recorded are included.
CREATE VIEW [dbo].[CommitteeTrackView]
AS
SELECT
    EstateNode.[Id] AS [EstateId],
    EstateNode.[Name] AS [EstateName],
    Community.[Id] AS [CommunityId],
    Community.[Name] AS [CommunityName],
    ISNULL(SubDistrict.[Id], 0) AS [SubDistrictId],
    ISNULL(SubDistrict.[Name], N'') AS [SubDistrictName],
    C.[WorksAcceptedOn] AS [HardwareAcceptedDate],
    C.[EndDate] AS [ConsultationDate],
    ISNULL(C.[Households], 0) AS [Households],
    ISNULL(C.[BallotsReturned], 0) AS [BallotsReturned],
    ISNULL(C.[VotesForProfessional], 0) AS [VotesForProfessional],
    O.[MeetingDate] AS [OwnersMeetingDate],
    O.[MeetingDate] AS [CommitteeElectedDate],
    (
        SELECT TOP (1) M.[Name]
        FROM [dbo].[CommitteeMember] M
        WHERE M.[CommitteeId] = O.[Id] AND M.[IsChair] = 1
        ORDER BY M.[Position] ASC
    ) AS [ChairName],
    (
        SELECT COUNT(*)
        FROM [dbo].[CommitteeMember] M
        WHERE M.[CommitteeId] = O.[Id]
    ) AS [MemberCount],
    O.[FilingDate],
    O.[TermEndDate],
    ISNULL(CONVERT(BIGINT, C.[RowVersion]), 0) AS [Version],
    EstateNode.[Path] AS [EstatePath],
    EstateNode.[IsRetired] AS [IsRetired],
    ISNULL(SubDistrict.[SortOrder], 0) AS [SubDistrictSortOrder],
    Community.[SortOrder] AS [CommunitySortOrder]
FROM
    [dbo].[Estate] E
    INNER JOIN [dbo].[Node] EstateNode ON EstateNode.[Id] = E.[Id]
    INNER JOIN [dbo].[Node] Community ON Community.[Id] = EstateNode.[ParentId]
    LEFT JOIN [dbo].[Node] SubDistrict ON SubDistrict.[Id] = Community.[ParentId]
    LEFT JOIN [dbo].[EstateConsultation] C ON C.[EstateId] = E.[Id]
    LEFT JOIN [dbo].[OwnersCommittee] O ON O.[EstateId] = E.[Id] AND O.[HandedOverOn] IS NULL;
