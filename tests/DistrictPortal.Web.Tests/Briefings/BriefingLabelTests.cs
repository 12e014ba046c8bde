using System.Net;
using System.Text.RegularExpressions;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Web.Infrastructure.DemoData;
using DistrictPortal.Web.Tests.Infrastructure;
using static DistrictPortal.Web.Tests.Matrix.DemoReturns;

namespace DistrictPortal.Web.Tests.Briefings;

/// <summary>
/// Never two different numbers under one label (issue 13): in 牌楼街道's briefing, read back as text, a label that
/// appears twice carries the same number, and every committees-formed figure says whether it is the week's frozen
/// snapshot or live, with one number per as-of.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class BriefingLabelTests(PortalFactory factory)
{
    private async Task<string> PailouBriefingAsync()
    {
        var pailou = await Demo.NodeAsync(factory, NodeLevel.SubDistrict, DemoHierarchy.PailouName);
        using var member = await factory.NewClient().SignInAsync("briefing");
        var response = await member.GetAsync($"/briefings/{pailou.Id}.pdf?week={Iso(Week(factory, 5))}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The text wraps wherever a line is full: joined, sentences end at "。".
        return Regex.Replace(PdfText.Of(await response.Content.ReadAsByteArrayAsync()), "\\s+", "");
    }

    [Fact]
    public async Task Every_label_that_appears_twice_carries_the_same_number()
    {
        var text = await PailouBriefingAsync();
        var byLabel = LabelledNumber().Matches(text)
            .GroupBy(m => m.Groups["label"].Value + m.Groups["unit"].Value)
            .Where(g => g.Count() > 1)
            .Select(g => (Label: g.Key, Numbers: g.Select(m => m.Groups["n"].Value).Distinct().ToList()))
            .ToList();
        Assert.NotEmpty(byLabel);
        Assert.All(byLabel, l => Assert.True(l.Numbers.Count == 1, $"{l.Label}: {string.Join(" / ", l.Numbers)}"));
    }

    [Fact]
    public async Task Committees_formed_is_labelled_frozen_or_live_and_each_as_of_has_one_number()
    {
        var text = await PailouBriefingAsync();
        var figures = text.Split('。')
            .SelectMany(sentence => CommitteesFormed().Matches(sentence).Select(m => (AsOf: AsOf(sentence), Number: m.Groups["n"].Value)))
            .ToList();
        Assert.Contains(figures, f => f.AsOf == "frozen");
        Assert.Contains(figures, f => f.AsOf == "live");
        Assert.DoesNotContain(figures, f => f.AsOf == "unlabelled");
        Assert.All(figures.GroupBy(f => f.AsOf), g => Assert.Single(g.Select(f => f.Number).Distinct()));
    }

    private static string AsOf(string sentence) =>
        sentence.Contains("周报（审核通过时冻结）", StringComparison.Ordinal) ? "frozen"
        : sentence.Contains("实时", StringComparison.Ordinal) ? "live"
        : "unlabelled";

    // A run of Chinese (the label) straight before a count and its unit: "已清零12个", "覆盖3,400户".
    [GeneratedRegex("(?<label>[\\p{IsCJKUnifiedIdeographs}]{2,})(?<n>\\d[\\d,.]*)(?<unit>个|户|条|%)")]
    private static partial Regex LabelledNumber();

    // Any committees-formed count, however it is worded ("成立业委会19个", "已成立56个"), not the count that need one.
    [GeneratedRegex("(?<!需)(?:成立业委会|已成立)(?<n>\\d[\\d,]*)个")]
    private static partial Regex CommitteesFormed();
}
