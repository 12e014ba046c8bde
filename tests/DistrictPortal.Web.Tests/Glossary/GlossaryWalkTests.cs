using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DistrictPortal.Web.Tests.Briefings;
using DistrictPortal.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DistrictPortal.Web.Tests.Glossary;

/// <summary>
/// Issue 17: one name per thing on every page. For each role, every page the navigation reaches (and one linked page of
/// each kind), and every workbook and PDF those pages offer, is read as a person reads it; any retired synonym, plan
/// number or half-width <c>, ; : ( )</c> in a Chinese sentence fails the test, naming the account, the page and the text.
/// </summary>
public sealed partial class GlossaryWalkTests(GlossaryWalkTests.World world, ITestOutputHelper output) : IClassFixture<GlossaryWalkTests.World>
{
    /// <summary>A portal of its own: other tests' writes (a narrative typed as "已审核") are not the pages' wording.</summary>
    public sealed class World : PortalFactory;

    public static TheoryData<string> Roles => new(NavigationWalk.Roles);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_workbook_and_pdf_of_the_walk_uses_the_glossarys_names(string userName)
    {
        using var client = await world.NewClient().SignInAsync(userName);
        var failures = new List<string>();
        var (pages, downloads) = await NavigationWalk.WalkAsync(client, (url, html) =>
        {
            failures.AddRange(Problems(VisibleText(html)).Select(p => $"{userName} {url}: {p}"));
            return Task.CompletedTask;
        });
        foreach (var url in downloads)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
                continue;
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var text = url.Contains(".pdf", StringComparison.Ordinal) ? PdfText.Of(bytes) : WorkbookText(bytes);
            failures.AddRange(Problems(text).Select(p => $"{userName} {url}: {p}"));
        }
        output.WriteLine($"{userName}: {pages.Count} pages, {downloads.Count} downloads");
        foreach (var url in pages.Concat(downloads))
            output.WriteLine("  " + url);

        Assert.True(pages.Count >= 8, $"{userName}'s walk reached only {pages.Count} pages: {string.Join(" ", pages)}");
        Assert.True(failures.Count == 0, $"{failures.Count} places do not use the glossary's names:\n" + string.Join("\n", failures.Distinct()));
    }

    [Fact]
    public void The_check_names_the_retired_word_its_replacement_and_the_sentence()
    {
        var problems = Problems(VisibleText("<td>累计销号</td><p title=\"清零进度\">审核通过</p><p>已审核通过</p><span>待审核(3)</span>"));
        Assert.Equal(["«累计销号» 累计销号 → 销号", "«待审核(3)» 半角标点 核(", "«清零进度» 清零进度 → 清零率"], problems);
    }

    /// <summary>Each line with a retired name or half-width punctuation in Chinese, the line quoted.</summary>
    internal static List<string> Problems(string text)
    {
        var problems = new List<string>();
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct())
        {
            problems.AddRange(Core.Glossary.Glossary.RetiredIn(line).Select(r => $"«{Quote(line)}» {r.Retired} → {r.Use}"));
            problems.AddRange(Core.Glossary.Glossary.HalfWidthPunctuationIn(line).Select(h => $"«{Quote(line)}» 半角标点 {h}"));
        }
        return problems;
    }

    /// <summary>What a reader sees: the text between tags (each tag a line break) and the titles, labels and placeholders.</summary>
    internal static string VisibleText(string html)
    {
        var body = NotRead().Replace(html, "\n");
        var attributes = ReadAttributes().Matches(body).Select(m => m.Groups[1].Value);
        return WebUtility.HtmlDecode(string.Join("\n", attributes.Prepend(Tag().Replace(body, "\n"))));
    }

    private static string WorkbookText(byte[] bytes)
    {
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        return string.Join("\n", workbook.Worksheets.SelectMany(s => s.CellsUsed().Select(c => c.HasFormula ? "" : c.GetString()).Prepend(s.Name)));
    }

    private static string Quote(string line) => line.Length <= 80 ? line : line[..80] + "…";

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex NotRead();

    [GeneratedRegex("\\s(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"")]
    private static partial Regex ReadAttributes();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
