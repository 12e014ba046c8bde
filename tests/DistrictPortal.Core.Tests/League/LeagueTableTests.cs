using DistrictPortal.Core.League;

namespace DistrictPortal.Core.Tests.League;

public class LeagueTableTests
{
    private static LeagueEntry E(long id, decimal? pct, int newly = 0, decimal? onTime = 100m, int baseline = 20, int? previous = null) =>
        new(id, $"街道{id:00}", baseline, pct, newly, onTime, previous);

    private static int?[] Ranks(IReadOnlyList<LeagueRow> rows) => rows.Select(r => r.Rank).ToArray();
    private static long[] Ids(IReadOnlyList<LeagueRow> rows) => rows.Select(r => r.Entry.SubDistrictId).ToArray();

    [Fact]
    public void Percent_cleared_ranks_first_and_full_ties_share_a_rank_1_2_2_4()
    {
        var rows = LeagueTable.Rank([E(4, 10.0m), E(3, 50.0m, 2), E(1, 80.0m), E(2, 50.0m, 2)]);
        Assert.Equal([1L, 2, 3, 4], Ids(rows)); // equal 2 and 3 listed by name
        Assert.Equal([1, 2, 2, 4], Ranks(rows));
    }

    [Fact]
    public void Ties_on_percent_are_broken_by_newly_cleared_then_on_time_rate()
    {
        var rows = LeagueTable.Rank([E(1, 50.0m, 1, 100m), E(2, 50.0m, 3, 60m), E(3, 50.0m, 1, 92.3m), E(4, 50.0m, 1, null)]);
        Assert.Equal([2L, 1, 3, 4], Ids(rows));
        Assert.Equal([1, 2, 3, 4], Ranks(rows));
    }

    [Fact]
    public void Movement_is_places_up_positive_and_down_negative()
    {
        var rows = LeagueTable.Rank([E(1, 90m, previous: 3), E(2, 80m, previous: 1), E(3, 70m, previous: 3), E(4, 60m)]);
        Assert.Equal([2, -1, 0, null], rows.Select(r => r.Movement).ToArray());
    }

    [Fact]
    public void Quartiles_split_ten_entries_3_2_3_2_and_ties_share_a_band()
    {
        var rows = LeagueTable.Rank(Enumerable.Range(1, 10).Select(i => E(i, 100m - i)));
        Assert.Equal([1, 1, 1, 2, 2, 3, 3, 3, 4, 4], rows.Select(r => r.Quartile).ToArray());

        var tied = LeagueTable.Rank([E(1, 50m), E(2, 50m), E(3, 50m), E(4, 50m), E(5, 10m)]);
        Assert.Equal([1, 1, 1, 1, 4], tied.Select(r => r.Quartile).ToArray());
    }

    [Fact]
    public void A_lone_entry_is_rank_1_in_the_top_band()
    {
        var row = Assert.Single(LeagueTable.Rank([E(1, 0.0m)]));
        Assert.Equal(1, row.Rank);
        Assert.Equal(1, row.Quartile);
    }

    [Theory]
    [InlineData(0, PeerBand.Small)]
    [InlineData(10, PeerBand.Small)]
    [InlineData(11, PeerBand.Medium)]
    [InlineData(30, PeerBand.Medium)]
    [InlineData(31, PeerBand.Large)]
    public void Peer_bands_by_starting_list_size(int baseline, PeerBand band) =>
        Assert.Equal(band, LeagueTable.BandOf(baseline));

    [Fact]
    public void Rank_inside_the_peer_band()
    {
        var rows = LeagueTable.Rank([E(1, 90m, baseline: 40), E(2, 80m, baseline: 5), E(3, 70m, baseline: 35), E(4, 70m, baseline: 8), E(5, 60m, baseline: 9)]);
        Assert.Equal([1, 1, 2, 2, 3], rows.Select(r => r.BandRank).ToArray());
        Assert.Equal([PeerBand.Large, PeerBand.Small, PeerBand.Large, PeerBand.Small, PeerBand.Small], rows.Select(r => r.Band).ToArray());
    }

    [Fact]
    public void Sub_districts_without_a_list_are_shown_last_unranked()
    {
        var rows = LeagueTable.Rank([E(1, null, baseline: 0), E(2, 0.0m), E(3, 12.5m)]);
        Assert.Equal([3L, 2, 1], Ids(rows));
        Assert.Equal([1, 2, null], Ranks(rows));
        Assert.Null(rows[2].Quartile);
        Assert.Null(rows[2].BandRank);
    }

    [Fact]
    public void Why_rank_n_compares_each_component_with_the_median_and_the_leader()
    {
        var table = LeagueTable.Rank([E(1, 80.0m, 4, 100m), E(2, 60.0m, 2, 92.3m), E(3, 60.0m, 1, 100m), E(4, 20.0m, 0, 50m)]);
        var why = LeagueTable.Explain(table, 3);

        Assert.Equal(3, why.Row.Rank);
        var pct = why.Components.Single(c => c.Component == LeagueComponent.PercentCleared);
        Assert.Equal(60.0m, pct.Value);
        Assert.Equal(60.0m, pct.Median);
        Assert.Equal(80.0m, pct.Leader);
        Assert.Equal(20.0m, pct.BehindLeader);
        Assert.Equal(0m, pct.VersusMedian);

        var newly = why.Components.Single(c => c.Component == LeagueComponent.NewlyCleared);
        Assert.Equal(1.5m, newly.Median);
        Assert.Equal(-0.5m, newly.VersusMedian);

        // Tied with sub-district 2 on % cleared; behind it on newly cleared.
        Assert.Equal(2, why.JustAhead!.Entry.SubDistrictId);
        Assert.Equal(LeagueComponent.NewlyCleared, why.DecidedBy);

        var leader = LeagueTable.Explain(table, 1);
        Assert.Null(leader.JustAhead);
        Assert.Null(leader.DecidedBy);
    }

    [Fact]
    public void Why_for_a_shared_rank_points_past_the_tied_entry()
    {
        var table = LeagueTable.Rank([E(1, 80m), E(2, 50m), E(3, 50m)]);
        var why = LeagueTable.Explain(table, 3);
        Assert.Equal(2, why.Row.Rank);
        Assert.Equal(1, why.JustAhead!.Entry.SubDistrictId);
        Assert.Equal(LeagueComponent.PercentCleared, why.DecidedBy);
        Assert.Throws<ArgumentException>(() => LeagueTable.Explain(table, 99));
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(2.5m, LeagueTable.Median([4m, 1m, 3m, 2m]));
        Assert.Equal(3m, LeagueTable.Median([5m, 1m, 3m, null]));
        Assert.Null(LeagueTable.Median([null]));
    }
}
