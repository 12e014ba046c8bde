using DistrictPortal.Web.Tests.Infrastructure;

namespace DistrictPortal.Web.Tests.Glossary;

[Collection(PortalCollection.Name)]
public sealed class GlossaryPageTests(PortalFactory factory)
{
    [Theory]
    [InlineData("admin")]
    [InlineData("bureau")]
    [InlineData("pailou")]
    [InlineData("briefing")]
    public async Task Every_role_reads_the_glossary_with_each_terms_one_name_and_definition(string user)
    {
        using var client = await factory.NewClient().SignInAsync(user);
        var html = await client.GetPageAsync("/glossary");
        var rows = Html.OpeningTags(html, "glossary-term");
        Assert.Equal(Core.Glossary.Glossary.Terms.Select(t => t.Chinese), rows.Select(r => System.Net.WebUtility.HtmlDecode(Html.Attribute(r, "data-term"))));
        Assert.Contains("已销号小区数 ÷ 清零基数", html);
    }
}
