using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static DistrictPortal.Web.Tests.Matrix.DemoReturns;
using static DistrictPortal.Web.Tests.Retrofit.RetrofitWorld;

namespace DistrictPortal.Web.Tests.Briefings;

/// <summary>
/// The briefing's league, retrofit and funding sections print what the league, retrofit and funding pages show:
/// the figures are read off those pages as the same user sees them, never typed here.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class BriefingSectionsTests(PortalFactory factory, ITestOutputHelper output)
{
    [Fact]
    public async Task Pailous_briefing_prints_its_league_rank_retrofit_percent_and_funding_balance_as_their_pages_show_them()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        var week = Week(factory, 5); // a closed week of the demo history
        Assert.Equal(Year(factory), week.Year);
        using var member = await factory.NewClient().SignInAsync("briefing");

        var league = await member.GetPageAsync($"/league?week={Iso(week)}");
        var rows = Html.OpeningTags(league, "league-row");
        var own = rows.Single(t => Html.Attribute(t, "data-name") == DemoHierarchy.PailouName);
        var rank = Html.Attribute(own, "data-rank")!;
        // A committee member's league page shows its own line only; how many are ranked is read off the bureau's.
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var all = Html.OpeningTags(await bureau.GetPageAsync($"/league?week={Iso(week)}"), "league-row");
        var ranked = all.Count(t => Html.Attribute(t, "data-rank") is { Length: > 0 });
        var others = all.Select(t => Html.Attribute(t, "data-name")!).Where(n => n != DemoHierarchy.PailouName).ToList();

        var retrofit = await member.GetPageAsync($"/retrofit?year={Year(factory)}&node={pailou.Id}");
        var retrofitPercent = Cells(TotalRow().Match(retrofit).Value)[2];

        var funding = await member.GetPageAsync($"/funding?year={Year(factory)}&node={pailou.Id}");
        var total = Html.OpeningTags(funding, "funding-total").Single();
        string Balance(string payer) => (Dec(Html.Attribute(total, $"data-{payer}-owed")) - Dec(Html.Attribute(total, $"data-{payer}-paid")))
            .ToString("#,##0.00", CultureInfo.InvariantCulture);

        var text = PdfText.Of(await PdfAsync(member, $"/briefings/{pailou.Id}.pdf?week={Iso(week)}"));

        Assert.False(string.IsNullOrEmpty(rank), "牌楼街道 is ranked on /league for the week");
        Assert.Contains($"排名 {rank}/{ranked}", text);
        Assert.Contains($"在全区{ranked}个参与排名的街道中列第{rank}位", text.Replace("\n", "")); // the summary wraps
        Assert.Contains("街道排名", text);
        Assert.NotEmpty(others);
        // The chart shows the whole peer group the sentence speaks of (or the district when the band has one member), own bar highlighted.
        var band = Html.Attribute(own, "data-band");
        var peers = all.Count(t => Html.Attribute(t, "data-band") == band && Html.Attribute(t, "data-band-rank") is { Length: > 0 });
        var flat = text.Replace("\n", "");
        if (peers >= 2)
        {
            Assert.Contains("排名说明", text);
            Assert.Contains($"在同组{peers}个街道中列第", flat);
            Assert.Matches($"图示[^，]*组全部{peers}个街道，橙色为{DemoHierarchy.PailouName}", flat);
        }
        else
        {
            Assert.DoesNotContain("在同组", flat);
            Assert.Contains($"图示{DemoHierarchy.DistrictName}全部{all.Count}个街道，橙色为{DemoHierarchy.PailouName}", flat);
        }

        Assert.Contains("改造面积目标进度", text);
        Assert.Matches($"{DemoHierarchy.PailouName} [^\\n]*{Regex.Escape(retrofitPercent)}", text);

        Assert.Contains("资金收支对账", text);
        Assert.Matches($"{DemoHierarchy.PailouName} [^\\n]*{Regex.Escape(Balance("city"))} {Regex.Escape(Balance("district"))}", text);
        Assert.Contains("多出的1分由区级承担", text.Replace("\n", ""));
    }

    [Fact]
    public async Task The_district_briefing_charts_the_league_but_ranks_no_one_and_renders_quickly()
    {
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var url = $"/briefings/{district.Id}.pdf?week={Iso(Week(factory, 5))}";
        await PdfAsync(bureau, url); // warm: fonts, charts and the first compile are not what is measured

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var text = PdfText.Of(await PdfAsync(bureau, url));
        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        output.WriteLine($"district briefing (assemble + render, warm): {spent.TotalMilliseconds:0} ms CPU");

        Assert.Contains("街道排名", text);
        Assert.Contains("改造面积目标进度", text);
        Assert.Contains("资金收支对账", text);
        Assert.DoesNotContain("参与排名的街道中列第", text);
        Assert.True(spent < TimeSpan.FromSeconds(3), $"district briefing took {spent.TotalMilliseconds:0} ms CPU");
    }

    private static async Task<byte[]> PdfAsync(PortalClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static IReadOnlyList<string> Cells(string row) =>
        Regex.Matches(row, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(m => Html.Text(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<tr class=\"progress-total\".*?</tr>", RegexOptions.Singleline)]
    private static partial Regex TotalRow();
}
