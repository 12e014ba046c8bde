using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Tests.Hierarchy;

public class ScopeTests
{
    [Theory]
    [InlineData("/1/2/", "/1/2/", true)]      // the scope node itself
    [InlineData("/1/2/", "/1/2/5/", true)]
    [InlineData("/1/2/", "/1/2/5/77/", true)]
    [InlineData("/1/2/", "/1/23/", false)]    // the prefix trap: the trailing slash keeps 23 out of 2
    [InlineData("/1/2/", "/1/23/5/", false)]
    [InlineData("/1/2/5/", "/1/2/", false)]   // a parent is not inside its child
    [InlineData("/1/2/", "/1/3/", false)]
    [InlineData("", "/1/2/", false)]
    [InlineData("/1/2/", "", false)]
    [InlineData("/1/2", "/1/23/", false)]     // a scope without its trailing slash contains nothing
    [InlineData("/1/2", "/1/2/", false)]
    public void Contains_is_a_prefix_test_on_slash_terminated_paths(string scope, string target, bool expected) =>
        Assert.Equal(expected, Scope.Contains(scope, target));

    [Fact]
    public void Ids_along_a_path_root_first()
    {
        Assert.Equal([1L, 4, 19], Scope.Ids("/1/4/19/"));
        Assert.Empty(Scope.Ids("/"));
    }

    [Fact]
    public void Child_path_appends_the_id_and_a_slash()
    {
        var child = Node.ChildPath("/1/2/", 23);
        Assert.Equal("/1/2/23/", child);
        Assert.False(Scope.Contains("/1/2/2/", child));
        Assert.True(Scope.Contains("/1/2/", child));
    }

    [Theory]
    [InlineData(NodeLevel.City, NodeLevel.District)]
    [InlineData(NodeLevel.Community, NodeLevel.Estate)]
    [InlineData(NodeLevel.Estate, null)]
    public void Child_level_follows_the_five_level_system(NodeLevel parent, NodeLevel? child) =>
        Assert.Equal(child, NodeLevels.ChildOf(parent));
}
