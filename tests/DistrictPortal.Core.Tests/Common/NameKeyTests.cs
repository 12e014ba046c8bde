using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Tests.Common;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("１号院", "1号院")]
    [InlineData("Ａｌｐｈａ　Ｇａｒｄｅｎ", "alpha garden")]
    [InlineData(" COMMUNITY a1 ", "community a1")]
    public void Full_width_and_case_fold_to_one_key(string name, string key) => Assert.Equal(key, NameKey.Of(name));

    [Fact]
    public void Order_is_by_key_then_id_whatever_the_input_order()
    {
        var rows = new[] { (Id: 3L, Name: "２号院"), (Id: 1L, Name: "10号院"), (Id: 2L, Name: "1号院"), (Id: 4L, Name: "１号院") };

        var ordered = NameKey.Order(rows, r => r.Name, r => r.Id);

        Assert.Equal([1L, 2L, 4L, 3L], ordered.Select(r => r.Id));
    }
}
