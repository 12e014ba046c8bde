using DistrictPortal.Core.Glossary;
using DistrictPortal.Documents.Excel;
using DistrictPortal.Documents.Pdf.Briefing;
using DistrictPortal.Documents.Tests.Excel;
using DistrictPortal.Documents.Tests.Pdf;

namespace DistrictPortal.Documents.Tests.Glossary;

/// <summary>
/// The documents Documents makes use the glossary's one name per thing (Core's <see cref="Core.Glossary.Glossary"/>):
/// no retired synonym, no plan number, no half-width punctuation in a Chinese sentence.
/// </summary>
public sealed class GlossaryDocumentTests
{
    internal static void AssertOneNamePerThing(string what, string text)
    {
        var retired = Core.Glossary.Glossary.RetiredIn(text);
        Assert.True(retired.Count == 0, $"{what} uses retired names: {string.Join("; ", retired.Select(r => $"{r.Retired} → {r.Use}"))}");
        var halfWidth = Core.Glossary.Glossary.HalfWidthPunctuationIn(text);
        Assert.True(halfWidth.Count == 0, $"{what} has half-width punctuation in Chinese: {string.Join(" ", halfWidth)}");
    }

    [Fact]
    public void The_briefing_uses_one_name_per_thing()
    {
        AssertOneNamePerThing("the sample briefing", PdfText.All(BriefingRenderer.Render(SampleBriefings.Build())));
    }

    [Fact]
    public void A_table_workbook_uses_one_name_per_thing()
    {
        using var workbook = Tables.Read(TableWorkbookWriter.ToBytes(Tables.Registry()));
        var text = string.Join("\n", workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));
        AssertOneNamePerThing("the registry workbook", text);
    }

    [Fact]
    public void Every_status_label_of_the_exports_is_the_glossarys()
    {
        var labels = Enum.GetValues<Core.Returns.ReturnStatus>().Select(EstateLabels.Of).ToList();
        AssertOneNamePerThing("return status labels", string.Join("\n", labels));
        Assert.Contains("待审核", labels);
        Assert.Contains("审核通过", labels);
    }

    [Theory]
    [InlineData("已清零12个", "已清零")]
    [InlineData("管理模式：社区托管", "管理模式")]
    [InlineData("市区 1:1 配套", "市区 1:1")]
    [InlineData("第三档 Q3", "Q3")]
    [InlineData("专业化物业管理意见形成后两个月内（P8）。", "P8")]
    public void A_retired_name_is_found(string text, string retired)
    {
        Assert.Contains(Core.Glossary.Glossary.RetiredIn(text), r => r.Retired == retired);
    }

    [Theory]
    [InlineData("市、区 1:1", "Q10", "PDF", "P8A", "周报已审核通过并锁定")]
    public void Current_names_and_look_alikes_are_not_reported(params string[] texts)
    {
        Assert.All(texts, t => Assert.Empty(Core.Glossary.Glossary.RetiredIn(t)));
    }

    [Fact]
    public void Half_width_punctuation_in_Chinese_is_found_and_full_width_is_not()
    {
        Assert.Equal(["半,", "半(", "句)", ";无"], Core.Glossary.Glossary.HalfWidthPunctuationIn("半,角 半(x) 句)句 x;无"));
        Assert.Empty(Core.Glossary.Glossary.HalfWidthPunctuationIn("全角，标点（括号）；分号：冒号 and (English, fine)"));
    }

    [Fact]
    public void Every_term_has_a_Chinese_name_an_English_name_and_a_definition_and_no_name_is_twice()
    {
        var terms = Core.Glossary.Glossary.Terms;
        Assert.All(terms, t => Assert.False(string.IsNullOrWhiteSpace(t.Chinese) || string.IsNullOrWhiteSpace(t.English) || string.IsNullOrWhiteSpace(t.Definition)));
        Assert.Equal(terms.Count, terms.Select(t => t.Chinese).Distinct().Count());
        var retired = terms.SelectMany(t => t.Retired).ToList();
        Assert.Empty(retired.Intersect(terms.Select(t => t.Chinese)));
        Assert.All(terms, t => AssertOneNamePerThing(t.Chinese, t.Definition));
    }
}
