using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Tests.Estates;

/// <summary>A registry query is always one both databases can run: Core bounds it, so neither has to refuse it.</summary>
public sealed class EstateQueryTests
{
    [Fact]
    public void An_unknown_sort_reads_as_by_name_and_pages_start_at_one()
    {
        var query = new EstateQuery { ScopePath = "/1/", Sort = (EstateSort)99, Page = 0, PageSize = -5 };

        Assert.Equal(EstateSort.Name, query.Sort);
        Assert.Equal(1, query.Page);
        Assert.True(query.PageSize >= 1);
        Assert.Equal(EstateSort.FloorArea, (query with { Sort = EstateSort.FloorArea }).Sort);
    }
}
