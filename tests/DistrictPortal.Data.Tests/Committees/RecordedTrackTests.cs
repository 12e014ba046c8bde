using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Data.Tests.Infrastructure;

namespace DistrictPortal.Data.Tests.Committees;

/// <summary>
/// The league's committee columns read <see cref="ICommitteeRepository.ListRecordedTracksAsync"/>, which starts from the
/// consultation and committee tables (issue 19: walking every estate of a district for them was most of a league week's
/// reads). Whatever was written, it must be exactly the full list of <see cref="ICommitteeRepository.ListTracksAsync"/>
/// narrowed to the estates with a consultation or a current committee: same tracks, same figures, same order, any scope.
/// </summary>
public sealed class RecordedTrackTests
{
    private static readonly DateTime At = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static ResidentConsultation Consultation(long estateId, int votesForProfessional) => new()
    {
        EstateId = estateId, WorksAcceptedOn = new(2026, 1, 31), StartDate = new(2026, 2, 10), EndDate = new(2026, 2, 25),
        Households = 200, BallotsReturned = 150, VotesForProfessional = votesForProfessional, VotesForCommunityBased = 150 - votesForProfessional,
    };

    private static OwnersCommittee Committee(long estateId, DateOnly meeting, params string[] names) => new()
    {
        EstateId = estateId, MeetingDate = meeting, FilingDate = meeting.AddDays(10), TermEndDate = meeting.AddYears(5).AddDays(-1),
        Members = names.Select((n, i) => new CommitteeMember { Name = n, Role = i == 0 ? "主任" : "委员", IsChair = i == 0 }).ToList(),
    };

    [DatabaseTheory, DatabaseData]
    public async Task Recorded_tracks_are_the_full_list_narrowed_to_estates_with_a_consultation_or_a_current_committee(string database)
    {
        await using var db = await TestDatabase.OpenAsync(database);
        var tree = await TestTree.CreateAsync(db);
        var context = new ChangeContext(7, "pailou", At);
        var service = new CommitteeService(db.Committees);

        // Every way an estate gets (or does not get) a row the recorded read starts from, spread over two sub-districts.
        var professional = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Professional");
        Assert.True((await service.SaveConsultationAsync(Consultation(professional.Id, 120), Today, context)).Succeeded);
        var communityBased = await TestTree.AddEstateAsync(db, tree.CommunityB2, "CommunityBased");
        Assert.True((await service.SaveConsultationAsync(Consultation(communityBased.Id, 30), Today, context)).Succeeded);
        var worksOnly = await TestTree.AddEstateAsync(db, tree.CommunityA2, "WorksOnly");
        await db.Committees.RecordWorksAcceptedAsync(worksOnly.Id, new DateOnly(2026, 10, 1), []);
        var committeeOnly = await TestTree.AddEstateAsync(db, tree.CommunityA2, "CommitteeOnly");
        Assert.True((await service.SaveCommitteeAsync(Committee(committeeOnly.Id, new DateOnly(2025, 6, 1), "王建国", "李秀英"), Today, context)).Succeeded);
        var handedOver = await TestTree.AddEstateAsync(db, tree.CommunityB1, "HandedOver");
        Assert.True((await service.SaveCommitteeAsync(Committee(handedOver.Id, new DateOnly(2021, 12, 1), "陈静", "孙丽"), Today, context)).Succeeded);
        var version = (await db.Committees.GetRecordAsync(handedOver.Id)).Current!.Version;
        Assert.True((await service.HandOverAsync(handedOver.Id, version, Committee(0, new DateOnly(2026, 11, 1), "周强", "吴敏", "郑洁"), true, Today, context)).Succeeded);
        var retired = await TestTree.AddEstateAsync(db, tree.CommunityA1, "Retired");
        Assert.True((await service.SaveConsultationAsync(Consultation(retired.Id, 150), Today, context)).Succeeded);
        await db.Nodes.SetRetiredAsync(retired.Id, true, (await db.Nodes.GetByIdAsync(retired.Id))!.Version, TestDatabase.Context());
        await TestTree.AddEstateAsync(db, tree.CommunityA1, "Untouched");
        await TestTree.AddEstateAsync(db, tree.CommunityB1, "AlsoUntouched");

        var recordedIds = new HashSet<long> { professional.Id, communityBased.Id, worksOnly.Id, committeeOnly.Id, handedOver.Id };
        foreach (var scope in new[] { tree.District, tree.SubDistrictA, tree.SubDistrictB, tree.CommunityA2, tree.CommunityB1 })
        {
            var expected = (await db.Committees.ListTracksAsync(scope.Path)).Where(t => recordedIds.Contains(t.EstateId)).Select(Figures).ToList();
            var recorded = (await db.Committees.ListRecordedTracksAsync(scope.Path)).Select(Figures).ToList();
            Assert.Equal(expected, recorded);
        }
        var district = (await db.Committees.ListRecordedTracksAsync(tree.District.Path)).Select(t => t.EstateId).ToList();
        Assert.Equal(recordedIds.Order(), district.Order());
        var after = (await db.Committees.ListRecordedTracksAsync(tree.SubDistrictB.Path)).Single(t => t.EstateId == handedOver.Id);
        Assert.Equal((new DateOnly(2026, 11, 1), "周强", 3), (after.CommitteeElectedDate, after.ChairName, after.MemberCount));
    }

    /// <summary>Everything a track carries, as one comparable value.</summary>
    private static string Figures(CommitteeTrack t) => string.Join('|', new object?[]
    {
        t.EstateId, t.EstateName, t.CommunityId, t.CommunityName, t.SubDistrictId, t.SubDistrictName, t.HardwareAcceptedDate,
        t.ConsultationDate, t.Households, t.BallotsReturned, t.VotesForProfessional, t.OwnersMeetingDate, t.CommitteeElectedDate,
        t.ChairName, t.MemberCount, t.FilingDate, t.TermEndDate, t.Version,
    });
}
