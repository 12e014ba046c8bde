using System.Net;
using System.Text.RegularExpressions;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Briefings;
using DistrictPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DistrictPortal.Web.Tests.Consistency;

/// <summary>
/// The demo portal with its clock pinned to Friday 4 December 2026, 16:30 in Shanghai, so the demo's eight accepted
/// weeks end on the Fridays 2026-10-09 … 2026-11-27 wherever and whenever the tests run (the issue speaks of 11-27).
/// </summary>
public sealed class PinnedDemoFactory : PortalFactory
{
    public const string Now = "2026-12-04T16:30:00+08:00";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:Now", Now);
    }
}

/// <summary>
/// Issue 13's "done when" over the demo data: <see cref="ConsistencyWalk"/> finds no contradiction between the return
/// pages and their Excel, the registry and committee pages and their Excel, the league and its Excel, the dashboard
/// and the PDF briefings, in any accepted week; and in 牌楼街道's briefing of the week ending 2026-11-27 every label
/// that appears twice carries one number. Its own demo database, so no other test's edits stand between the pages.
/// </summary>
public sealed partial class ConsistencyTests(PinnedDemoFactory factory) : IClassFixture<PinnedDemoFactory>
{
    [Fact]
    public async Task The_demo_data_has_no_contradiction_between_its_pages_exports_and_briefings()
    {
        using var bureau = await factory.NewClient().SignInAsync("bureau");
        var district = await Demo.NodeAsync(factory, NodeLevel.District, DemoHierarchy.DistrictName);
        var result = await ConsistencyWalk.RunAsync(factory.Services, bureau, district);

        Assert.True(result.WeeksChecked >= 8, $"only {result.WeeksChecked} accepted weeks walked");
        Assert.True(result.EstatesChecked > 50, $"only {result.EstatesChecked} estates walked");
        Assert.True(result.Problems.Count == 0, $"{result.Problems.Count} contradictions:\n" + string.Join("\n", result.Problems.Take(40)));
    }

    [Fact]
    public async Task In_Pailous_briefing_of_the_week_ending_2026_11_27_every_label_that_appears_twice_carries_one_number()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var member = await factory.NewClient().SignInAsync("briefing");
        var response = await member.GetAsync($"/briefings/{pailou.Id}.pdf?week=2026-11-27");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Regex.Replace(PdfText.Of(await response.Content.ReadAsByteArrayAsync()), "\\s+", "");
        Assert.Contains("截至2026-11-27周报（审核通过时冻结）", text);

        // A label is the run of Chinese straight before a count and its unit ("已清零12个", "覆盖3,400户").
        var byLabel = LabelledNumber().Matches(text).Select(m => (Label: m.Groups["label"].Value + m.Groups["unit"].Value, Number: m.Groups["n"].Value))
            .GroupBy(x => x.Label)
            .Where(g => g.Count() > 1)
            .ToList();
        Assert.NotEmpty(byLabel);
        Assert.All(byLabel, g => Assert.True(g.Select(x => x.Number).Distinct().Count() == 1, $"{g.Key}: {string.Join(" / ", g.Select(x => x.Number).Distinct())}"));
        // 已成立业委会 as the issue saw it (19 on page 1, 56 in the committee section) is now two labelled readings.
        var formed = text.Split('。').Where(s => CommitteesFormed().IsMatch(s)).Select(AsOf).Distinct().ToList();
        Assert.DoesNotContain("unlabelled", formed);
    }

    private static string AsOf(string sentence) =>
        sentence.Contains("周报（审核通过时冻结）", StringComparison.Ordinal) ? "frozen"
        : sentence.Contains("实时", StringComparison.Ordinal) ? "live"
        : "unlabelled";

    [GeneratedRegex("(?<label>[\\p{IsCJKUnifiedIdeographs}]{2,})(?<n>\\d[\\d,.]*)(?<unit>个|户|条|%)")]
    private static partial Regex LabelledNumber();

    [GeneratedRegex("(?<!需)(?:成立业委会|已成立)(?<n>\\d[\\d,]*)个")]
    private static partial Regex CommitteesFormed();
}
