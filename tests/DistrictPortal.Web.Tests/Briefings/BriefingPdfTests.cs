using System.Net;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using static DistrictPortal.Web.Tests.Matrix.DemoReturns;

namespace DistrictPortal.Web.Tests.Briefings;

[Collection(PortalCollection.Name)]
public sealed class BriefingPdfTests(PortalFactory factory)
{
    private static async Task<byte[]> PdfAsync(PortalClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task A_committee_member_downloads_the_Chinese_briefing_of_Pailou_whose_figures_match_the_return_page()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var week = Iso(Week(factory, 5)); // accepted (late) in the demo history
        using var member = await factory.NewClient().SignInAsync("briefing");
        var page = await member.GetPageAsync($"/returns/{pailou.Id}/{week}");
        string Figure(string name) => Html.Attribute(Html.OpeningTags(page, "figure").First(t => Html.Attribute(t, "data-figure") == name), "data-value")!;

        var response = await member.GetAsync($"/briefings/{pailou.Id}.pdf?week={week}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"牌楼街道_工作简报_{week}.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var text = PdfText.Of(await response.Content.ReadAsByteArrayAsync());

        Assert.Contains("牌楼街道无物业管理小区清零行动工作简报", text);
        var flat = System.Text.RegularExpressions.Regex.Replace(text, "\\s+", ""); // the summary wraps wherever the line is full
        Assert.Contains($"纳入清零台账的无物业管理小区共{Figure("baseline")}个", flat);
        Assert.Contains($"已销号{Figure("covered")}个", flat);
        Assert.Matches($"数据快照 S-{week}-\\d{{4}}", text);
        Assert.Matches("第 1 页 / 共 \\d+ 页", text);
        Assert.Matches("生成时间 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}（北京时间）", text);
    }

    [Fact]
    public async Task Communities_and_estates_in_scope_have_briefings_too()
    {
        var yinheshi = await Demo.NodeAsync(factory, NodeLevel.Community, "印盒石社区");
        var estate = await Demo.FirstEstateAsync(factory, NodeLevel.Community, "印盒石社区");
        using var member = await factory.NewClient().SignInAsync("briefing");

        Assert.Contains("印盒石社区无物业管理小区清零行动工作简报", PdfText.Of(await PdfAsync(member, $"/briefings/{yinheshi.Id}.pdf?week={Iso(Week(factory, 5))}")));
        Assert.Contains(estate.Name, PdfText.Of(await PdfAsync(member, $"/briefings/{estate.Id}.pdf")));
    }

    [Fact]
    public async Task A_node_outside_the_scope_a_bad_week_or_no_node_is_404()
    {
        var nanan = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, Nanan);
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var member = await factory.NewClient().SignInAsync("briefing");

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/briefings/{nanan.Id}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/briefings/{district.Id}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/briefings/{pailou.Id}.pdf?week=2026-11-26")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/briefings/{long.MaxValue}.pdf")).StatusCode);
    }

    [Fact]
    public async Task The_district_briefing_sums_its_sub_districts()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        using var bureau = await factory.NewClient().SignInAsync("bureau");

        var text = PdfText.Of(await PdfAsync(bureau, $"/briefings/{district.Id}.pdf?week={Iso(Week(factory, 5))}"));

        Assert.Contains($"{DemoHierarchy.DistrictName}无物业管理小区清零行动工作简报", text.Replace("\n", ""));
        Assert.Contains("清零率走势", text);
    }
}
