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
    public void The_characters_that_skip_normalisation_are_their_own_NFKC_form()
    {
        // Every character IsOwnFormKC lets through unnormalised, checked against ICU itself.
        var plain = Enumerable.Range(0, 0x80).Concat(Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1)).Select(c => (char)c).ToList();

        Assert.All(plain, c => Assert.True(NameKey.IsOwnFormKC(c.ToString())));
        Assert.DoesNotContain(plain, c => c.ToString().Normalize(System.Text.NormalizationForm.FormKC) != c.ToString());
    }

    [Theory]
    [InlineData("朝阳和平小区")]
    [InlineData("和平小区１号院")]
    [InlineData("和平小区（东区）")]
    [InlineData("和平小区 3 号院")]
    [InlineData("\uF900小区")] // a CJK compatibility ideograph: NFKC maps it to U+8C48
    [InlineData("Ｂlock Ａ")]
    public void A_key_is_the_normalised_lower_case_name(string name) =>
        Assert.Equal(name.Trim().Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant(), NameKey.Of(name));

    [Fact]
    public void Order_is_by_key_then_id_whatever_the_input_order()
    {
        var rows = new[] { (Id: 3L, Name: "２号院"), (Id: 1L, Name: "10号院"), (Id: 2L, Name: "1号院"), (Id: 4L, Name: "１号院") };

        var ordered = NameKey.Order(rows, r => r.Name, r => r.Id);

        Assert.Equal([1L, 2L, 4L, 3L], ordered.Select(r => r.Id));
    }
}
