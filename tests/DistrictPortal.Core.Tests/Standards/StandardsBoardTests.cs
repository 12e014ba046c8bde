using DistrictPortal.Core.Standards;

namespace DistrictPortal.Core.Tests.Standards;

/// <summary>全部达标率: the one definition the league, the briefing and /inspections show.</summary>
public sealed class StandardsBoardTests
{
    private static Inspection Latest(long id, long estateId, long subDistrictId, bool meetsAll, params (long Standard, bool Met)[] values) => new()
    {
        Id = id, EstateId = estateId, SubDistrictId = subDistrictId, SubDistrictName = $"街道{subDistrictId}", MeetsAll = meetsAll,
        Values = values.Select(v => new InspectionValue { InspectionId = id, StandardId = v.Standard, Met = v.Met }).ToList(),
    };

    [Fact]
    public void The_share_is_the_inspected_estates_whose_newest_inspection_meets_all_to_one_decimal()
    {
        var latest = new[] { Latest(1, 11, 3, true), Latest(2, 12, 3, false), Latest(3, 13, 3, true), Latest(4, 21, 4, false) };

        var total = StandardsBoard.Share(latest);
        var bySubDistrict = StandardsBoard.ShareBySubDistrict(latest);

        Assert.Equal((4, 2, (decimal?)50.0m), (total.Inspected, total.MeetingAll, total.Percent));
        Assert.Equal((3, 2, (decimal?)66.7m), (bySubDistrict[3].Inspected, bySubDistrict[3].MeetingAll, bySubDistrict[3].Percent));
        Assert.Equal((decimal?)0m, bySubDistrict[4].Percent);
        Assert.Null(StandardsShare.None.Percent);
        Assert.Equal(1, StandardsBoard.Share([Latest(1, 11, 3, true), Latest(9, 11, 3, false)]).Inspected);
    }

    [Fact]
    public void By_group_each_standard_counts_the_estates_that_measured_and_met_it()
    {
        var standards = PlanStandards.All;
        var latest = new List<Inspection>
        {
            Latest(1, 11, 3, true, (2, true), (10, true)),
            Latest(2, 12, 3, false, (2, true), (10, false)),
            Latest(3, 21, 4, true, (1, true)),
        };

        var lines = StandardsBoard.BySubDistrict(latest, latest.SelectMany(i => i.Values), standards);

        Assert.Equal([3L, 4], lines.Select(l => l.Key));
        var first = lines[0];
        Assert.Equal((2, 1), (first.Share.Inspected, first.Share.MeetingAll));
        Assert.Equal((2, 2), (first.Tallies.Single(t => t.StandardId == 2).Measured, first.Tallies.Single(t => t.StandardId == 2).Met));
        Assert.Equal((2, 1), (first.Tallies.Single(t => t.StandardId == 10).Measured, first.Tallies.Single(t => t.StandardId == 10).Met));
        Assert.Equal(0, first.Tallies.Single(t => t.StandardId == 1).Measured);
        Assert.Empty(StandardsBoard.ByGroup(latest, [], standards, _ => null));
    }
}
