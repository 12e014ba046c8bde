using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Tests.Hierarchy;

public sealed class NodeHistoryTests
{
    public static TheoryData<string> Flags => new(typeof(NodeReferences).GetProperties().Where(p => p.PropertyType == typeof(bool)).Select(p => p.Name));

    /// <summary>Every reference the repositories report keeps the node on its own: a new flag cannot be forgotten here.</summary>
    [Theory]
    [MemberData(nameof(Flags))]
    public void Any_one_reference_is_history(string flag)
    {
        var references = NodeReferences.None with { };
        typeof(NodeReferences).GetProperty(flag)!.SetValue(references, true);

        Assert.True(NodeHistory.HasHistory(references));
    }

    [Fact]
    public void A_node_nothing_refers_to_has_none()
    {
        Assert.False(NodeHistory.HasHistory(NodeReferences.None));
        Assert.Equal(12, typeof(NodeReferences).GetProperties().Count(p => p.PropertyType == typeof(bool)));
    }
}
