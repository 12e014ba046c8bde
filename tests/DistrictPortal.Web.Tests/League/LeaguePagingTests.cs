using DistrictPortal.Web.Features.League;

namespace DistrictPortal.Web.Tests.League;

public sealed class LeaguePagingTests
{
    private static readonly IReadOnlyList<int> TwoHundred = Enumerable.Range(1, 200).ToList();

    [Fact]
    public void Two_hundred_rows_are_four_pages_of_fifty_and_the_first_is_the_default()
    {
        var paging = LeaguePaging.For(200, page: null, all: false, own: null);

        Assert.Equal((1, 4, 1, 50), (paging.Page, paging.PageCount, paging.From, paging.To));
        Assert.Equal(Enumerable.Range(1, 50), paging.Slice(TwoHundred));
        Assert.Equal((false, true), (paging.HasPrevious, paging.HasNext));
    }

    [Fact]
    public void An_officer_starts_on_the_page_holding_its_own_line()
    {
        // Its line is the 137th row (position 136): page 3, rows 101–150.
        var paging = LeaguePaging.For(200, page: null, all: false, own: 136);

        Assert.Equal((3, 101, 150), (paging.Page, paging.From, paging.To));
        Assert.Contains(137, paging.Slice(TwoHundred));
        Assert.Equal(1, LeaguePaging.For(200, page: 1, all: false, own: 136).Page); // a page asked for wins
    }

    [Fact]
    public void The_last_page_holds_the_rest_and_a_page_out_of_range_is_the_nearest_one()
    {
        var last = LeaguePaging.For(120, page: 3, all: false, own: null);
        Assert.Equal((3, 101, 120, false), (last.Page, last.From, last.To, last.HasNext));
        Assert.Equal(20, last.Slice(Enumerable.Range(1, 120).ToList()).Count);
        Assert.Equal(3, LeaguePaging.For(120, page: 99, all: false, own: null).Page);
        Assert.Equal(1, LeaguePaging.For(120, page: -4, all: false, own: null).Page);
    }

    [Fact]
    public void Show_all_is_every_row_on_one_page_and_an_empty_table_is_one_empty_page()
    {
        var all = LeaguePaging.For(200, page: 2, all: true, own: null);
        Assert.Equal((1, 200, false, false), (all.From, all.To, all.HasPrevious, all.HasNext));
        Assert.Equal(200, all.Slice(TwoHundred).Count);

        var none = LeaguePaging.For(0, page: null, all: false, own: null);
        Assert.Equal((1, 1, 0, 0), (none.Page, none.PageCount, none.From, none.To));
        Assert.Empty(none.Slice(Array.Empty<int>()));
    }
}
